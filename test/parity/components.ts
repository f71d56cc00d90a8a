/**
 * The browser side of the component/server parity test: every shared vector typed into a real
 * `mz-name-field` (default rule set, loaded as on a page), and the verdict the field reports in
 * its `mz-precheck` event, as JSON.
 */
import '@mingzheng/elements/define/name-field.js';
import type { MzNameField, MzPrecheckEvent } from '@mingzheng/elements';
import names from '../../packages/precheck/test/vectors/names.json' with { type: 'json' };

export async function componentVerdicts(): Promise<string[]> {
  const field = document.createElement('mz-name-field') as MzNameField;
  document.body.append(field);
  await field.ready;
  const results: string[] = [];
  for (const vector of names.vectors) {
    const verdict = new Promise<string>((resolve) =>
      field.addEventListener('mz-precheck', (event: MzPrecheckEvent) => resolve(JSON.stringify(event.verdict)), {
        once: true,
      }),
    );
    field.value = vector.text;
    results.push(await verdict);
  }
  return results;
}
