#!/usr/bin/env node
/**
 * `pnpm update-screenshots`: builds Storybook, captures every story (light and dark × zh-CN, zh-TW,
 * en) and writes the captures as the baselines under test/storybook/screenshots/ that the Storybook
 * test compares with. Unchanged images are left alone; baselines of removed stories are deleted.
 * Review the changes with `git status test/storybook/screenshots` before committing them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/mocha/bin/mocha.js'),
    '--config',
    'test/storybook/.mocharc.json',
    '--grep',
    'looks as its committed screenshots',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, MZ_UPDATE_SCREENSHOTS: '1' } },
);
process.exit(result.status ?? 1);
