/** Run by profile.ts, bundled: `node profile-run.mjs DATA.json compile|ready|automaton|scan|accounts|bios default|large|bench [N]`. */
import { readFileSync } from 'node:fs';
import { check, compileRuleSet, loadDictionaries } from '../../packages/precheck/src/index.ts';
import type { BenchData } from './corpus.ts';

const [dataPath = '', mode = 'compile', which = 'default', count] = process.argv.slice(2);
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as BenchData;
const dictionaries = await loadDictionaries();
const ruleSet = which === 'large' ? data.largeRuleSet : which === 'bench' ? data.ruleSet : data.defaultRuleSet;
if (!ruleSet) throw new Error(`no ${which} rule set`);
/** CPU time of the process in ms: steadier than the clock on a machine shared with other work. */
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const report = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label} (CPU ms): ${times.map((t) => t.toFixed(1)).join(' ')} (median ${sorted[sorted.length >> 1]?.toFixed(1)}, min ${sorted[0]?.toFixed(1)})`,
  );
};
const fresh = () => JSON.parse(JSON.stringify(ruleSet));
if (mode === 'compile') {
  const times: number[] = [];
  for (let r = 0; r < Number(count ?? 10); r++) {
    const document = fresh();
    const start = cpuMs();
    compileRuleSet(document, dictionaries);
    times.push(cpuMs() - start);
  }
  report(`${which} compile`, times);
} else if (mode === 'ready') {
  // The compile, then the first check of an account, of a name, of a long bio (each after a fresh
  // compile): what a compile leaves for later is paid there.
  const compiles: number[] = [];
  const checks: number[] = [];
  const names: number[] = [];
  const bios: number[] = [];
  const longBios = [...data.bios].sort((a, b) => b.length - a.length);
  for (let r = 0; r < Number(count ?? 10); r++) {
    const document = fresh();
    const start = cpuMs();
    const compiled = compileRuleSet(document, dictionaries);
    const ready = cpuMs();
    check(data.accounts[r % data.accounts.length] ?? { name: '' }, compiled);
    compiles.push(ready - start);
    checks.push(cpuMs() - ready);
    const forName = compileRuleSet(fresh(), dictionaries);
    const nameStart = cpuMs();
    check({ name: data.names[r % data.names.length] ?? '' }, forName);
    names.push(cpuMs() - nameStart);
    const forBio = compileRuleSet(fresh(), dictionaries);
    const bioStart = cpuMs();
    check({ bio: longBios[r % longBios.length] ?? '' }, forBio);
    bios.push(cpuMs() - bioStart);
  }
  report(`${which} compile`, compiles);
  report(`${which} first check (account)`, checks);
  report(`${which} first check (name)`, names);
  report(`${which} first check (bio of ${longBios[Number(count ?? 10) - 1]?.length ?? 0}+ characters)`, bios);
} else if (mode === 'automaton') {
  // What a lazy compile leaves for later, all of it: every term's trie and every pinyin branch.
  const times: number[] = [];
  for (let r = 0; r < Number(count ?? 10); r++) {
    const compiled = compileRuleSet(fresh(), dictionaries);
    const start = cpuMs();
    compiled.automaton.buildAll();
    compiled.pinyin.buildAll();
    times.push(cpuMs() - start);
  }
  report(`${which} tries built whole`, times);
} else if (mode === 'scan') {
  // The two matchers alone over the bios (as written: most are Han text, which folds to itself).
  const compiled = compileRuleSet(fresh(), dictionaries);
  let sink = 0;
  const count1 = () => {
    sink++;
  };
  const timeMatcher = (scan: (text: string) => void) => {
    for (let r = 0; r < 3; r++) for (const bio of data.bios) scan(bio);
    const start = cpuMs();
    let calls = 0;
    while (cpuMs() - start < Number(count ?? 3) * 1000) {
      for (const bio of data.bios) scan(bio);
      calls += data.bios.length;
    }
    return (calls / ((cpuMs() - start) / 1000)).toFixed(0);
  };
  const automaton = timeMatcher((bio) => compiled.automaton.scan(bio, count1));
  const pinyin = timeMatcher((bio) => compiled.pinyin.scan(bio, () => false, count1));
  console.log(`${which} scan: automaton ${automaton} bios/s, pinyin ${pinyin} bios/s of CPU time (${sink})`);
} else {
  const compiled = compileRuleSet(fresh(), dictionaries);
  const inputs = mode === 'bios' ? data.bios.map((bio) => ({ bio })) : data.accounts;
  let sink = 0;
  let i = 0;
  // Every input once (what a lazy compile builds for them is built), then a second of warm-up.
  for (const input of inputs) sink += check(input, compiled).findings.length;
  const warm = performance.now() + 1000;
  while (performance.now() < warm) sink += check(inputs[i++ % inputs.length] ?? {}, compiled).findings.length;
  const start = cpuMs();
  let calls = 0;
  while (cpuMs() - start < Number(count ?? 5) * 1000) {
    for (let k = 0; k < 100; k++) sink += check(inputs[i++ % inputs.length] ?? {}, compiled).findings.length;
    calls += 100;
  }
  console.log(`${which} ${mode}: ${(calls / ((cpuMs() - start) / 1000)).toFixed(0)}/s of CPU time (${sink})`);
}
