/**
 * src/generated.ts is current: the generator, run in memory on the committed custom-elements.json,
 * gives the committed file (run `pnpm --filter @mingzheng/react generate` after the manifest changes).
 */
import { readFileSync } from 'node:fs';
import { componentsOf, readManifest } from '@mingzheng/tooling/custom-elements';
import { expect } from 'chai';
import { generatedReactWrappers } from '../scripts/generate.ts';
import type { MzNameFieldProps, MzProfileEditorProps } from '../src/index.js';
import * as wrappers from '../src/index.js';

describe('@mingzheng/react generated components', () => {
  const manifest = readManifest(import.meta.url);

  it('src/generated.ts is what the generator makes of custom-elements.json', () => {
    const committed = readFileSync(new URL('../src/generated.ts', import.meta.url), 'utf8');
    const current = generatedReactWrappers(manifest) === committed;
    expect(current, 'src/generated.ts is stale: run `pnpm --filter @mingzheng/react generate`').to.equal(true);
  });

  it('exports one component per element of the manifest', () => {
    const classNames = componentsOf(manifest).map((component) => component.className);
    expect(classNames).to.have.members([
      'MzAccountCard',
      'MzIdentityField',
      'MzIpBadge',
      'MzNameField',
      'MzProfileEditor',
    ]);
    for (const name of classNames) expect(wrappers).to.have.property(name);
  });

  it('types props by the element class and event props by the event class', () => {
    const props: MzNameFieldProps = {
      name: 'nickname',
      showFeedback: true,
      cjkWidth: '2',
      onMzPrecheck: (event) => event.verdict.findings.map((finding) => finding.article),
      onInput: (event) => event.currentTarget.value,
    };
    // @ts-expect-error: cjk-width is "1" or "2"
    const wrongWidth: MzNameFieldProps = { cjkWidth: '3' };
    // @ts-expect-error: a getter without a setter is not a prop
    const readOnly: MzNameFieldProps = { currentVerdict: undefined };
    const editor: MzProfileEditorProps = { kind: 'entity', onMzProfileChange: (event) => event.info.kind };
    expect([props, wrongWidth, readOnly, editor]).to.have.length(4);
  });
});
