/**
 * How findings read: grouped per span, strongest first, the first in full and the rest one line;
 * the 8.6 evasion worded into the finding it disguised; every span marked in the mirror, blocking
 * and review spans apart (the name field, and the profile editor's bio and signature); a short
 * message for the browser's validity bubble.
 */
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/name-field.js';
import '../src/define/profile-editor.js';
import { engineFor } from '../src/internal/engine-cache.js';
import type { MzNameField } from '../src/name-field/name-field.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';

async function mountField(value: string, lang = 'zh-CN'): Promise<MzNameField> {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    html`<form lang=${lang}><mz-name-field show-feedback value=${value} .ruleSet=${defaultRuleSet}></mz-name-field></form>`,
    host,
  );
  const field = host.querySelector('mz-name-field') as MzNameField;
  await field.ready;
  return field;
}

const items = (element: Element, root: ParentNode = element.shadowRoot as ShadowRoot) =>
  [...root.querySelectorAll('[part="finding"]')].map((node) => ({
    text: (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
    error: node.classList.contains('error'),
    brief: node.classList.contains('brief'),
  }));
const marks = (root: ParentNode) =>
  [...root.querySelectorAll('mark[part~="match"]')].map((mark) => [
    mark.textContent,
    mark.getAttribute('part')?.includes('match-block') ? 'block' : 'review',
  ]);

describe('findings', () => {
  before(async function () {
    // The default rule set compiles once for the whole file.
    this.timeout(60_000);
    await engineFor(defaultRuleSet);
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('groups the findings per span, strongest first, the evasion note joined to the finding it explains', async () => {
    const field = await mountField('xinhuashe加V abc123');
    const shown = items(field);
    expect(shown, JSON.stringify(shown)).to.have.length(2);
    const [first, second] = shown;
    expect(first?.text).to.contain('「xinhuashe」是新闻媒体的名称「新华社」的拼音写法');
    expect(first?.text).to.contain('第八条第（四）、（六）项');
    expect(first?.brief).to.equal(false);
    expect(second?.text).to.contain('「加V abc123」像是微信号').and.to.contain('请删除');
    expect(second?.brief, 'the rest one line each').to.equal(true);
    expect(second?.text).to.not.contain('《');
    // Nothing said twice.
    const all = shown.map((item) => item.text).join(' ');
    expect(all.match(/xinhuashe/g)).to.have.length(1);
  });

  it('says what is wrong, why and what to do once, without repeating the match as the term', async () => {
    const review = await mountField('中华小当家');
    expect(items(review)[0]?.text)
      .to.contain('含「中华」的账号名称需要从严核验')
      .and.to.not.contain('「中华」含有「中华」');
    const english = await mountField('新华社', 'en');
    const [only] = items(english);
    expect(only?.text).to.contain('“新华社” is the name of a news outlet');
    expect(only?.text.match(/新华社/g)).to.have.length(1);
    const profession = await mountField('张医生', 'en');
    expect(items(profession)[0]?.text).to.contain('a professional role in healthcare').and.to.not.contain('医疗卫生');
  });

  it('puts the blocking finding before the review notice, and marks both spans, each in its style', async () => {
    const field = await mountField('中华新华社');
    const shown = items(field);
    expect(shown[0]?.error).to.equal(true);
    expect(shown[0]?.text).to.contain('新华社');
    expect(shown.at(-1)?.error).to.equal(false);
    expect(shown.at(-1)?.text).to.contain('中华');
    expect(marks(field.shadowRoot as ShadowRoot)).to.deep.equal([
      ['中华', 'review'],
      ['新华社', 'block'],
    ]);
  });

  it('marks every finding’s span in the mirror, not only the first', async () => {
    const field = await mountField('xinhuashe加V abc123');
    expect(marks(field.shadowRoot as ShadowRoot)).to.deep.equal([
      ['xinhuashe', 'block'],
      ['加V abc123', 'block'],
    ]);
    expect(field.shadowRoot?.querySelector('[part="mirror"]')?.textContent).to.equal('xinhuashe加V abc123');
  });

  it('gives the browser a short validity message in each language, the full text inline', async () => {
    for (const [lang, message] of [
      ['zh-CN', '名称不符合规定，见下方说明'],
      ['zh-TW', '名稱不符合規定，見下方說明'],
      ['en', 'The name does not meet the rules; see the explanation below.'],
    ] as const) {
      const field = await mountField('新华社', lang);
      expect(field.validationMessage).to.equal(message);
      expect(items(field)[0]?.text).to.contain(lang === 'en' ? 'Art. 8(4)' : '（四）');
    }
  });

  it('highlights the bio and signature of the profile editor in the same way', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      html`<mz-profile-editor show-feedback bio="欢迎加V abc123 交流" signature="中华美食" .ruleSet=${defaultRuleSet}></mz-profile-editor>`,
      host,
    );
    const editor = host.querySelector('mz-profile-editor') as MzProfileEditor;
    await editor.ready;
    const root = editor.shadowRoot as ShadowRoot;
    const bio = root.getElementById('bio-feedback') as HTMLElement;
    const signature = root.getElementById('signature-feedback') as HTMLElement;
    expect(marks(bio)).to.deep.equal([['加V abc123', 'block']]);
    expect(marks(signature)).to.deep.equal([['中华', 'review']]);
    expect(items(editor, bio)).to.have.length(1);
    expect(editor.validationMessage).to.equal('简介不符合规定，见下方说明');
  });
});
