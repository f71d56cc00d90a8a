/**
 * src/generated.ts is current: the generator, run in memory on the committed custom-elements.json,
 * gives the committed file (run `pnpm --filter @mingzheng/vue generate` after the manifest changes).
 */
import { readFileSync } from 'node:fs';
import { componentsOf, readManifest } from '@mingzheng/tooling/custom-elements';
import { expect } from 'chai';
import type { GlobalComponents } from 'vue';
import { generatedVueTypes } from '../scripts/generate.ts';
import { elementDefinitions } from '../src/index.js';

/** What a template may bind on a tag, as the template type-checker reads it. */
type TemplateProps<Tag extends keyof GlobalComponents> = GlobalComponents[Tag] extends new () => {
  $props: infer Props;
}
  ? Props
  : never;

describe('@mingzheng/vue generated types', () => {
  const manifest = readManifest(import.meta.url);

  it('src/generated.ts is what the generator makes of custom-elements.json', () => {
    const committed = readFileSync(new URL('../src/generated.ts', import.meta.url), 'utf8');
    const current = generatedVueTypes(manifest) === committed;
    expect(current, 'src/generated.ts is stale: run `pnpm --filter @mingzheng/vue generate`').to.equal(true);
  });

  it('registers every element of the manifest', () => {
    const tags = componentsOf(manifest).map((component) => component.tagName);
    expect(elementDefinitions.map(([tag]) => tag)).to.deep.equal(tags);
  });

  it('gives GlobalComponents the props of each tag, typed by the element class', () => {
    const nameField: TemplateProps<'mz-name-field'> = {
      label: '账号名称',
      showFeedback: true,
      value: '',
      class: 'wide',
    };
    // @ts-expect-error: cjk-width is "1" or "2"
    const wrongWidth: TemplateProps<'mz-name-field'> = { cjkWidth: '3' };
    // @ts-expect-error: a getter without a setter is not a prop
    const readOnly: TemplateProps<'mz-name-field'> = { currentVerdict: undefined };
    const identity: TemplateProps<'mz-identity-field'> = { type: 'phone', required: true };
    expect([nameField, wrongWidth, readOnly, identity]).to.have.length(4);
  });
});
