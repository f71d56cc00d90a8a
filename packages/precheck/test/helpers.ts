/** Shared by the engine's tests in Node and in Chromium: the test rule set, compiled once. */

import ruleSet from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { createEngine, type Engine } from '../src/index.js';

let engine: Promise<Engine> | undefined;

export function testEngine(): Promise<Engine> {
  engine ??= createEngine(ruleSet);
  return engine;
}

export { ruleSet };
