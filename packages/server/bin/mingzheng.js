#!/usr/bin/env node
// The `mingzheng` command. `@mingzheng/server/cli` is this package referring to itself through its
// `exports`: the TypeScript source under `node --conditions=source --import tsx` (the root's
// `pnpm mingzheng`), the built dist/cli.js for everyone else.
import { main } from '@mingzheng/server/cli';

process.exitCode = await main(process.argv.slice(2));
