/**
 * docs/benchmarks.md, rendered whole from one run's figures: the prose, with the tables from
 * report-tables.ts and the budgets from budgets.ts. Hand-written notes belong in this template: the
 * file itself is regenerated every run.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { AuditBenchRuns } from './audit-cli.ts';
import { AUDIT_MIX } from './audit-data.ts';
import type { ChromiumRun } from './browser.ts';
import type { ComponentResult } from './components.ts';
import type { HeapResult } from './heap.ts';
import { auditScalingSection, registrySection } from './registry-report.ts';
import {
  budgetTable,
  chunkTable,
  compileTable,
  componentBudgetTable,
  heapTable,
  hitsTable,
  int,
  latencyTable,
  mb,
  ms,
} from './report-tables.ts';
import type { InputSetId, SuiteResult } from './suite.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  os: string;
  commit: string;
  loadBefore: readonly number[];
  loadAfter: readonly number[];
  pinned: boolean;
}

export interface DataSummary {
  terms: number;
  protectedNames: number;
  idioms: number;
  names: number;
  nameLength: [min: number, median: number, max: number];
  longNames: number;
  longNameLength: [min: number, median: number, max: number];
  bios: number;
  bioLength: [min: number, median: number, max: number];
  accounts: number;
  defaultRuleSet?: { version: string; terms: number; lexicons: number; rules: number; gzipBytes: number };
  /** Terms of the 50,000-term rule set, when the default rule set is there. */
  largeTerms?: number;
}

export interface ReportInput {
  date: Date;
  seconds: number;
  machine: Machine;
  data: DataSummary;
  node: SuiteResult;
  chromium: ChromiumRun;
  heap: readonly HeapResult[];
  components: ComponentResult;
  /** `mingzheng audit` on the generated file (audit-data.ts), default rule set, Node. */
  audit?: AuditBenchRuns;
}

/**
 * The default rule set's terms per article and category, read from the compiled artifact
 * (packages/rules-cn/src/ruleset.json) and its compact form, the one the components load.
 */
function ruleSetSection(): string {
  const root = new URL('../../packages/rules-cn/src/', import.meta.url);
  let document: {
    version: string;
    lexicons: { category: string; article?: string; entries: unknown[] }[];
    rules: unknown[];
  };
  let compact: Buffer;
  try {
    document = JSON.parse(readFileSync(new URL('ruleset.json', root), 'utf8'));
    compact = readFileSync(new URL('ruleset.compact.json', root));
  } catch {
    return '';
  }
  const byArticle = new Map<string, Map<string, number>>();
  for (const lexicon of document.lexicons) {
    const article = lexicon.article ?? '(lists)';
    const categories = byArticle.get(article) ?? new Map<string, number>();
    categories.set(lexicon.category, (categories.get(lexicon.category) ?? 0) + lexicon.entries.length);
    byArticle.set(article, categories);
  }
  const articles = [...byArticle].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const total = document.lexicons.reduce((sum, lexicon) => sum + lexicon.entries.length, 0);
  const rows = articles.map(([article, categories]) => {
    const sorted = [...categories].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    const terms = sorted.reduce((sum, [, n]) => sum + n, 0);
    return `| ${article} | ${int(terms)} | ${sorted.map(([category, n]) => `\`${category}\` ${int(n)}`).join(', ')} |`;
  });
  return `## The default rule set

\`@mingzheng/rules-cn\` ${document.version}: ${int(total)} terms in ${document.lexicons.length} lexicons, ${document.rules.length} rules. The
components load its compact form (\`src/ruleset.compact.json\`, ${(gzipSync(compact, { level: 9 }).length / 1024).toFixed(1)} KB gzip; the chunk
above adds its decoder); \`pnpm --filter @mingzheng/rules-cn compile --stats\` prints the size of
each category alone, and \`src/provenance.json\` names every source. Terms per article and category:

| article | terms | categories (terms) |
|---|--:|---|
${rows.join('\n')}

`;
}

/** Initial and lazy JS of a page with mz-name-field, and keystroke-to-feedback in Chromium. */
function componentSection(result: ComponentResult): string {
  const { keystroke } = result;
  return `## Components

A page that uses only \`mz-name-field\` (\`import '@mingzheng/elements/define/name-field.js'\`), built
for production with Vite, lit included (scripts/bench/components.ts). The field loads the engine, the
default rule set's projection on the name field (\`@mingzheng/rules-cn/name\`: the rules that read
names and the lexicons they need; every name gets the whole's verdict, \`rulesetVersion\` included)
and the dictionaries when it first needs them; typing is never blocked by that. This page is the
one DESIGN.md budgets: "Initial JS of a page using mz-name-field ≤ 25 KB gzip; the dictionaries
(rule set, pinyin, traditional → simplified) load lazily, ≤ 150 KB gzip all together". A page with
\`mz-profile-editor\` checks every field and loads the whole rule set instead (a name field on it uses
the same engine); \`scripts/bench/run.ts --sizes\` prints that page's lazy total on a line of its
own, not budgeted.

${componentBudgetTable(result)}

${chunkTable(result)}

Keystroke to feedback: the field shows its feedback (as after a blur), then each name is typed one
character at a time — the input's value set and an \`input\` event dispatched, as a keystroke does —
and each keystroke is timed until the field has checked the text with the default rule set and
rendered the result (\`updateComplete\`). The first of three rounds warms up and is not counted.
The page is ${keystroke.crossOriginIsolated ? 'cross-origin isolated: timer steps of 5 µs' : 'not cross-origin isolated: timer steps of 100 µs, so the median is coarse'}; the run fails
unless the field fired \`mz-precheck\` for every timed keystroke.
`;
}

const SETS: readonly { id: InputSetId; title: string }[] = [
  { id: 'names', title: 'Names (real names, 1–9 characters)' },
  { id: 'longNames', title: 'Long names (20–30 characters)' },
  { id: 'bios', title: 'Bios (~200–500 characters)' },
];

const percent = (share: number) => `${Math.round(share * 100)} %`;

function auditSection(input: ReportInput): string {
  const audit = input.audit;
  if (!audit) return '';
  const { summary } = audit;
  const heavy = input.node.contenders.find((c) => c.id === 'mingzheng-default')?.throughput.perSecond;
  return `## 4. \`mingzheng audit\` on a large file

The command a compliance team runs for the dynamic review of existing accounts (Art. 15;
[docs/audit.md](audit.md)), timed end to end in a Node process of its own, pinned to one CPU:
\`mingzheng audit accounts.jsonl --output findings.jsonl --summary summary.json\` with the default
rule set, through the command line's own \`main()\`, bundled as the server package's build bundles
it (\`scripts/bench/audit-cli.ts\`). ${audit.runs.length} runs of the same command, each in a fresh process: the
fastest is reported (the machine is shared), and the largest peak resident set size (the kernel's
high-water mark of the process, VmHWM).

The file: ${int(summary.accounts)} accounts, ${mb(audit.inputBytes)} of JSON Lines, generated by
\`scripts/bench/audit-data.ts\` from this run's names and bios in a realistic mix — most accounts are
a name and a short bio:

- every account has an \`id\` and a \`name\`: ${percent(1 - AUDIT_MIX.longName)} a real name, ${percent(AUDIT_MIX.longName)} a long (20–30 character) name;
- ${percent(AUDIT_MIX.bio)} have a bio: ${percent(1 - AUDIT_MIX.longBio)} of those a short one (one to three ordinary profile phrases, about
  5–40 characters), ${percent(AUDIT_MIX.longBio)} one of the long bios above (200–500 characters);
- ${percent(AUDIT_MIX.signature)} have a signature; ${percent(AUDIT_MIX.professional)} are professional accounts, ${percent(AUDIT_MIX.entity)} entity accounts.

| | |
|---|--:|
| accounts/s, the whole command (rule set loaded and compiled, reading, checking, writing) | ${int(summary.accounts / audit.wallSeconds)} |
| accounts/s, reading and checking (the summary's own figure) | ${int(summary.run.accountsPerSecond)} |
| wall time, CPU time of the process | ${audit.wallSeconds.toFixed(2)} s, ${audit.cpuSeconds.toFixed(2)} s |
| each of the ${audit.runs.length} runs: wall, CPU, peak resident | ${audit.runs.map((run) => `${run.wallSeconds.toFixed(2)} s, ${run.cpuSeconds.toFixed(2)} s, ${mb(run.maxRssBytes)}`).join('; ')} |
| peak resident set size of the process, the largest of the runs | ${mb(audit.maxRssBytes)} |
| verdicts | pass ${int(summary.verdicts.pass)}, review ${int(summary.verdicts.review)}, block ${int(summary.verdicts.block)} |
| written: the accounts with findings | ${int(summary.verdicts.review + summary.verdicts.block)} lines, ${mb(audit.outputBytes)} |

The audit reads the file in 256 KB chunks into one buffer and writes in 64 KB chunks, each waited
for, so its memory does not grow with the file: the resident figure is Node, the compiled rule
set with its dictionaries, and the garbage between two collections. Its speed is the engine's
on a lighter stream than section 2's "names and bios mixed"${heavy === undefined ? '' : ` (${int(heavy)} accounts/s in this run, default rule set)`}, where every second account
carries a ~350-character bio; plus parsing each line (\`JSON.parse\`) and a shape check that
stands in for the zod schema on well-formed lines (the schema still decides, and words the
message, for any other). The first tens of thousands of accounts run slower, before V8 has
optimised the engine: the figure includes that warm-up, as a real run does.

`;
}

function defaultNote(input: ReportInput): string {
  const summary = input.data.defaultRuleSet;
  if (!summary) return 'not measured in this run (packages/rules-cn/src/ruleset.json missing or invalid)';
  return `\`@mingzheng/rules-cn\` as compiled in \`packages/rules-cn/src/ruleset.json\` (version \`${summary.version}\`: ${int(summary.terms)} terms in ${summary.lexicons} lexicons, ${summary.rules} rules, with contact detectors, sequences, allow-lists and homophones; the artifact is ${(summary.gzipBytes / 1024).toFixed(1)} KB gzip)`;
}

const range = ([min, median, max]: readonly number[]) => `${min}–${max} characters, median ${median}`;

/** Sections 5 and 6, measured by their own scripts (registry-report.ts), kept between their markers. */
function keptSections(): string {
  const sections: [string, string][] = [
    ['registry', registrySection()],
    ['audit-scaling', auditScalingSection()],
  ];
  return sections
    .filter(([, text]) => text !== '')
    .map(([name, text]) => `<!-- ${name}:start -->\n${text}<!-- ${name}:end -->\n\n`)
    .join('');
}

export function renderReport(input: ReportInput): string {
  const { machine, data, node } = input;
  const chromium = input.chromium.result;
  const floor = input.heap.find((h) => h.id === 'none');
  const load = (values: readonly number[]) => values.map((v) => v.toFixed(2)).join(' / ');
  return `# Benchmarks

<!-- Generated by \`pnpm bench\` (scripts/bench/run.ts). Every run rewrites this whole file; edit the
template in scripts/bench/report.ts instead. -->

Our engine's \`check()\` beside the JavaScript libraries a user would pick instead — mint-filter,
modern-ahocorasick and obscenity — on the same 10,000-term lexicon and the same inputs, in Node and in
Chromium, in one run. Measured ${input.date.toISOString().replace('T', ' ').slice(0, 16)} UTC; the whole run took
${Math.round(input.seconds)} s.

**Read this first.**

- Our engine does much more per call than the other three (see [What each library does per
  call](#what-each-library-does-per-call)): it normalizes, reads homophones and pinyin, detects
  evasions, applies rules and maps every hit back to the user's text with its article and message.
  The peers only find exact substrings. Their figures show what a plain word list costs, not what
  our engine should cost — and they miss what it is built to find ([what each found](#what-each-found)).
- Three engine rows. **Benchmark rule set**: the same ${int(data.terms)} terms the peers get, in one
  lexicon category with one block rule on name and bio — the like-for-like comparison. **Default
  rule set**: ${defaultNote(input)} — what DESIGN.md's budgets are stated for; its lexicon is its own,
  so compare it with the budgets, not with the peers. **50,000-term rule set**: the default rule set
  with one more lexicon of generated local organ names (each county and city of
  \`divisions-pca.json\` with common organ names such as 公安局, 人民法院, 市场监督管理局, heard by
  sound) and a block rule for it, ${int(data.largeTerms ?? 0)} terms in all (\`scripts/bench/corpus.ts\`):
  the size DESIGN.md's load budget is stated for.
- The machine is shared with other work (load average ${load(machine.loadBefore)} at the start,
  ${load(machine.loadAfter)} at the end, over 1 / 5 / 15 min, on ${machine.cores} cores): figures,
  tails most of all, carry that noise.

## Budgets (from DESIGN.md)

${budgetTable(input).table}

Budgets are measured here, never asserted in tests. The p99 budget is judged on the p99 over all
samples, interference included; the latency tables also show the p99 of each input's best pass. The
heap budget is judged on V8's heap plus the typed-array backing stores outside it (our automaton
keeps its tables in typed arrays). Throughput counts an account as a name, and every second one a
bio as well: bios (~350 characters) dominate it — see [Where the time goes](#where-the-time-goes).
The audit rows time the \`mingzheng audit\` command on a file in a lighter, realistic mix, where
most accounts are a name and a short bio ([section 4](#4-mingzheng-audit-on-a-large-file)).

${componentSection(input.components)}
${ruleSetSection()}
## Machine

| | |
|---|---|
| CPU | ${machine.cpu} (\`/proc/cpuinfo\`), ${machine.cores} cores (\`nproc\`), ${machine.memoryGb} GB memory |
| OS | ${machine.os} |
| Node | ${machine.node}; the timed code is a Vite bundle (see [Method](#method))${machine.pinned ? '; pinned to one CPU with `taskset -c 0`' : '; not pinned (no `taskset`)'} |
| Chromium | ${machine.chromium}, headless, flags from \`scripts/test/browser.mjs\` plus \`--js-flags=--expose-gc\`; page cross-origin isolated: ${input.chromium.crossOriginIsolated ? 'yes' : 'no'} |
| timer step | Node ${node.timerResolutionUs.toFixed(2)} µs, Chromium ${chromium.timerResolutionUs.toFixed(2)} µs |
| code | ${machine.commit} |

## Reproduce

\`\`\`sh
pnpm bench
\`\`\`

It reads the corpora in \`../shared/corpora\` (set \`MINGZHENG_SHARED\` to another copy of \`shared/\`),
needs Chromium (\`CHROME_PATH\` or Debian's \`/usr/bin/chromium\`) and takes about three minutes. The
sources are in \`scripts/bench/\`: \`corpus.ts\` (lexicon and inputs), \`libraries.ts\` (the
contenders), \`measure.ts\` (timing loops), \`suite.ts\` (one environment's run, the same code in
Node and Chromium), \`heap.ts\`, \`browser.ts\` (Vite bundle, headless Chromium via playwright-core),
\`report.ts\` (this file; its tables in \`report-tables.ts\`, the budgets in \`budgets.ts\`), \`run.ts\`, and for the audit \`audit-data.ts\` (the generated file) and \`audit-cli.ts\`. \`node --conditions=source --import tsx scripts/bench/run.ts --audit\` times the audit alone
and prints its figures without touching this file.

## Lexicon and inputs

All deterministic (fixed lines, a seeded generator), from the public corpora described in
\`shared/corpora/SOURCES.md\`.

- **Lexicon**: ${int(data.terms)} terms — ${int(data.idioms)} idioms (every 5th line of
  \`idioms-zh.txt\`) and ${int(data.protectedNames)} protected names: national news media and
  organs, and eight organs of each province, region and municipality (people's government, public
  security, high court, procuratorate, people's congress standing committee, health, market
  regulation, development and reform; provinces from \`divisions-pca.json\`). In our rule set the
  protected names have \`homophones: true\`, the idioms not. Every peer gets the same
  ${int(data.terms)} strings.
- **Names**: ${int(data.names)} real person names, half from \`names-ancient-zh.txt\` (evenly spaced
  lines; mostly traditional characters) and half from \`names-japanese.txt\`, shuffled once;
  ${range(data.nameLength)}.
- **Long names**: ${int(data.longNames)} generated names of ${range(data.longNameLength)}: a real
  name followed by idioms, ordinary words and more names, sometimes with a separator; about one part
  in twelve is a lexicon term.
- **Bios**: ${int(data.bios)} generated bios, ${range(data.bioLength)}: ordinary profile phrases,
  idioms that are not in the lexicon and real names, joined with punctuation, spaces, newlines and an
  emoji. Every 3rd bio carries a lexicon term; every 10th an evasive spelling of a protected name
  (新 华 社, 人\\u200b民\\u200b日\\u200b报, 新華社, 新花社, 人民日抱, xinhuashe, renmin ribao, ＣＣＴＶ, C.C.T.V …).
- **Accounts** (throughput): ${int(data.accounts)} accounts; every one has a name, every second one a
  bio too. Ours checks \`{ name, bio }\` in one \`check()\`; a peer runs its find-all once per field.

## What each library does per call

- **mingzheng \`check(info)\`** — per text field: counts code points against the field's limit;
  folds every character (NFKC, so full width and compatibility forms; case; traditional →
  simplified through OpenCC's tables with the Taiwan and Hong Kong variants; Latin lookalikes;
  invisible characters removed; numerals in digit runs) into a view that keeps separators and a
  compact view without them, each with a map back to the original offsets; scans the compact view
  once with an Aho–Corasick automaton over all terms (every overlapping occurrence); walks the
  pinyin channel over the same text, where each Han character offers its readings and Latin runs
  offer syllables, to find homophone-enabled terms written with other characters of the same sound
  or spelled out in pinyin; applies Latin word boundaries and allow-lists; lets each rule turn its
  hits into findings with article, severity, original span, matched text, the channels the hit was
  found through and a message key; adds an evasion finding (Art. 8.6) for hits found through
  evasion channels; sorts; decides the verdict. With the default rule set it also runs the contact
  detectors (phone, QQ, WeChat, URL, e-mail) and sequence rules.
- **mint-filter \`filter(text, { replace: false })\`** — one Aho–Corasick pass, lower-casing each
  character, returns the matched strings (no offsets). It reports a term only when the trie state it
  is in ends one, without output links: a term that ends inside a longer partial match is missed
  (terms \`abcd\` and \`bc\` find nothing in \`abce\`). Nothing else.
- **modern-ahocorasick \`search(text)\`** — segments the text into grapheme clusters
  (\`Intl.Segmenter\`), matches exactly (case-sensitive, no normalization) and returns every
  occurrence, overlaps included, with UTF-16 offsets and the pattern index.
- **obscenity \`getAllMatches(text)\`** — one regular expression per term, each run over the text
  with \`matchAll\`: the work grows with the number of terms, not only with the text, which is why it
  is orders of magnitude slower with ${int(data.terms)} terms. Configured with no transformers: its
  transformers (confusables, leet speak, case, skipping non-alphabetic characters) are written for
  Latin text — \`skipNonAlphabeticTransformer\` would drop every Han character. It returns
  offsets and term ids.

None of the three folds traditional characters, width, invisible characters or separators, reads
homophones or pinyin, knows fields, rules, articles or allow-lists, or maps a hit to a message.

## 1. \`check()\` latency

Per call. "p99" is over every sample; "p99, best pass" takes each input's fastest of its passes
(up to 3) and then the p99 over inputs — what the input itself costs, with most of the interference
(GC pauses, other processes on this shared machine) filtered out; n/a where a contender was too slow
for a second pass. Samples: timed batches, with the inputs and calls per batch. Method:
[below](#method).

${SETS.map((set) => `### ${set.title}\n\n${latencyTable(input, set.id)}`).join('\n\n')}

## 2. Compile time and throughput

Compile: ours is \`compileRuleSet(document, dictionaries)\` with the dictionaries already loaded
(validation, folding every term, the automaton, the pinyin trie); a peer's is its constructor with
the ${int(data.terms)} terms. Repeated up to 5 times within 1.5 s; the first run is the one a page or
process pays (cold JIT). "Cold start" is a fresh Node process: for ours \`loadDictionaries()\` (module
loading included) plus the compile. The first \`loadDictionaries()\` of the run took
${ms(node.dictionariesMs)} in Node and ${ms(chromium.dictionariesMs)} in Chromium (chunks fetched from
loopback).

Throughput: accounts per second, back to back on one thread, names and bios mixed as described
above.

${compileTable(input)}

## 3. Memory held by a compiled matcher (Node)

Each contender in two fresh \`node --expose-gc\` processes, the larger figure reported (equal runs
differ by up to ~3 MB for our engine; "each process" shows both). In each: every library's code imported and the data
loaded, full GC, baseline; build (ours: \`loadDictionaries()\` + \`compileRuleSet\`); one pass over
the accounts and long names (at most 3 s), so lazy caches such as our per-character pinyin memo are
as full as in a long-running server; full GC; \`process.memoryUsage()\` again while the matcher is
held. "Of which dictionaries" is weighed after \`loadDictionaries()\` and filling the reading memo
with every character of the inputs, before compiling.${floor ? ` The same steps building nothing move \`heapUsed\` by ${int(floor.heapUsedBytes / 1024)} KB: the floor of the method.` : ''}

${heapTable(input)}

${auditSection(input)}${keptSections()}## What each found

Inputs in which a contender found anything (ours: at least one finding). Not timed; Node. Ours with
the benchmark rule set has the peers' lexicon: where it finds more, that is traditional characters
(the ancient names are mostly traditional), separators, invisible characters, homophones and pinyin
(every 10th bio carries such a spelling). The default rule set has a lexicon of its own — regions,
countries, organs, brands, strict-review words — and contact detectors, so its row counts different
things.

${hitsTable(input)}

## Where the time goes

A hand-written note, from \`node --cpu-prof\` on the same Vite bundle, unminified, checking the
benchmark inputs in a loop (28 November 2026, after the engine's hot paths were reworked that day).
Shares are of the time inside \`check()\`:

- **Bios (benchmark rule set)**: about 100 ns per character. The Aho–Corasick scan ~23 % (with
  10,000 terms most characters of a bio begin some term, so the scan leaves the root and
  binary-searches a state's edges at nearly every character), the pinyin channel ~15 %, folding
  characters into the normalized columns ~14 % (six typed-array writes per code unit), decoding the
  folded and compact strings ~7 %, \`readNumerals\` ~2 %, garbage collection ~7 %.
- **Names (default rule set)**: ~0.4–0.6 µs a name, mostly the fixed cost of a field — the rules for the
  field, the normalized view, the two scans and the verdict — rather than its characters.
- **The audit command line** (section 4): \`JSON.parse\` ~13 % and UTF-8 decoding ~5 % of the run;
  the rest is the engine, plus V8's warm-up over the first ~20,000 accounts.

What the rework changed, verdicts untouched (every verdict of ~2 million checks — each line of the
name and idiom corpora as a name and as a bio, the benchmark inputs, and seeded random texts full of
evasions and contact details, under the default, benchmark and test rule sets — is byte-identical
before and after):

- normalization writes into columns reused from one field to the next instead of six new typed
  arrays per field, and does not decode a string when the folded text is the original itself (most
  names) or has no separator; non-CJK characters fold through a memo indexed by code unit;
- numeral runs are looked for only in a text with at least five digit-like characters, through a
  table rather than a \`Map\`;
- the automaton reads the root's transitions from a table instead of binary-searching thousands of
  edges;
- the pinyin channel keeps its trie in flat arrays and its walks in typed-array columns reused from
  call to call: no object per character;
- the contact detectors read code units rather than one-character strings, skip a text without any
  Latin letter or digit after one pass, and allocate their marks only when needed;
- per field, the rules that apply are remembered per field and account kind, a text without term
  hits skips the lexicon and sequence rules, and per-hit closures became loops.

A second note (4 December 2026), from \`scripts/bench/profile.ts\` (the same bundle, CPU profiles and
CPU time), with the **default rule set**:

- **\`check()\` on bios**: the pinyin channel ~29 % (half of it finding a walk's next syllable
  among a node's children), the Aho–Corasick scan ~15 %, the sequence rules ~10 % (39 rules, each
  part a pass over the hits), folding ~12 %, the contact detectors ~10 %, building the views ~7 %.
  Since then the pinyin channel takes a walk's second syllable from a table (the root's children ×
  syllables), deeper ones by binary search over children sorted by syllable, and tries a Latin
  word only against the root syllables of its first letter: the channel alone reads the bench bios
  1.3–2.0× as fast (typically 1.7×). A sequence rule stops at its first part without a hit (the
  sequence rules' share 9 % → 5 %). \`check()\` on the bench account mix: about 1.3× (33,100 →
  42,700 accounts per second of CPU time, means of three alternating runs against the engine of
  \`9484513\`).
- **Compiling**: the automaton ~25–30 %, making the term objects and merging equal terms through a
  map ~30 %, the pinyin trie ~10–25 %, zod ~5 % warm and ~17 % in a fresh process, folding the
  terms ~3–12 %. The tries now grow through a hash table of (state, label) instead of a string
  sort and per-node sibling lists, and the automaton merges equal terms as it builds, so compiling
  keeps no map of term texts. Later compiles in a process take about half the time (default: 64–66
  → 19–39 ms; 50,000 terms: 364–383 → 230–267 ms, best of each run); **the first compile in a
  fresh process, what a page pays, did not change** (260–360 ms of CPU with
  \`--single-threaded\`, before and after): there the code runs before the JIT has optimised it,
  and the work per term, not its algorithm, sets the time. See docs/architecture.md ("Loading a
  rule set") for why the tables are not shipped instead.

## Method

- **What is timed.** In both places the same code, built the same way: Vite bundles \`suite.ts\`
  with the engine from its TypeScript (the \`source\` export condition first) and the peers from
  their published builds, minified, as the package's own library build ships (\`bundle.ts\`). Not
  through tsx: tsx transpiles with esbuild's \`keepNames\`, which wraps every function created at
  run time in \`__name()\` (an \`Object.defineProperty\`), a per-call cost no build has — through tsx
  our engine checked names about 1.5× slower (bios about the same).
- **Latency.** Every sample is one input, timed as a batch of R back-to-back calls with that input
  (\`performance.now()\` before and after), divided by R. R comes from a warm calibration so that a
  batch spans at least 20 steps of the clock: in Node the clock steps in well under a microsecond,
  so R = 1 and every sample is one real call, GC pauses included; in Chromium the page is
  cross-origin isolated (COOP/COEP headers), which gives 5 µs steps instead of 100 µs, so a batch of
  a 5 µs call has R = 20 and a GC pause is shared by the R calls of its batch — the Chromium p99 is
  nearer a p99 over inputs than over single calls. Before timing: a full GC and 2 s of warm-up per
  contender over every kind of input (in a fresh page our engine needs over a second before its
  calls settle), then 300 ms over the cell's own inputs. Each cell gets about 1.2 s: up to 3
  passes over the input set; a contender too slow for one pass (obscenity) is measured on evenly
  spaced inputs, shown in the samples column. Median and p99 are nearest-rank over the samples.
- **Throughput.** 300 ms of warm-up, then 1.2 s of back-to-back account checks.
- **Order.** One contender at a time (build, count, time, throughput), dropped before the next,
  with a full GC between contenders and after each build (\`--expose-gc\` in Node,
  \`--js-flags=--expose-gc\` added to Chromium's test flags). Node runs in its own
  process${machine.pinned ? ' pinned to CPU 0 (its GC helper threads too)' : ''}; Chromium runs the same \`suite.ts\` in a page through
  \`page.evaluate\` (playwright-core).
- Figures from one run on a shared machine; compare within a table rather than across runs.
`;
}
