/**
 * mz-profile-editor driven as a user: real key presses (sendKeys), Tab to leave a control, files
 * put into the file inputs through a DataTransfer (as a drop or the picker would), native form
 * submission data and reset. Images are drawn here; the QR code comes from the `qrcode` package.
 */
import type { RuleSet } from '@mingzheng/precheck';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/profile-editor.js';
import type { MzProfileChangeEvent } from '../src/events/profile-change-event.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';
import { avatar, pasteQr } from './helpers/qr-images.ts';

const testRuleSet = testRuleSetJson as unknown as RuleSet;

async function mountEditor(
  kind: 'personal' | 'professional' | 'entity' = 'personal',
  attributes: Partial<MzProfileEditor> = {},
): Promise<{ form: HTMLFormElement; editor: MzProfileEditor }> {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    html`<form>
      <mz-profile-editor kind=${kind} .ruleSet=${testRuleSet}></mz-profile-editor><button>提交</button>
    </form>`,
    host,
  );
  const editor = host.querySelector('mz-profile-editor') as MzProfileEditor;
  Object.assign(editor, attributes);
  await editor.ready;
  return { form: host.querySelector('form') as HTMLFormElement, editor };
}

const root = (editor: MzProfileEditor) => editor.shadowRoot as ShadowRoot;
const control = <T extends HTMLElement>(editor: MzProfileEditor, id: string) => root(editor).getElementById(id) as T;
const feedbackText = (editor: MzProfileEditor, id: string) =>
  (root(editor).getElementById(`${id}-feedback`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function chooseFile(editor: MzProfileEditor, id: string, file: File): Promise<void> {
  const input = control<HTMLInputElement>(editor, id);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await editor.ready;
}

/** The preview's image has loaded (its natural size sizes the QR outline). */
async function previewLoaded(editor: MzProfileEditor, slot: string): Promise<HTMLImageElement> {
  const image = root(editor).querySelector(`.${slot} img[part="preview-image"]`) as HTMLImageElement;
  expect(image, 'a preview').to.not.equal(null);
  if (!image.complete || image.naturalWidth === 0) {
    await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
  }
  await editor.updateComplete;
  return image;
}

let plainPng: File;
let qrPng: File;

before(async () => {
  const canvas = avatar(256);
  plainPng = new File([await canvas.convertToBlob({ type: 'image/png' })], 'plain.png', { type: 'image/png' });
  pasteQr(canvas, 'https://example.com/wechat?id=mz-7', 150, 150, 3);
  qrPng = new File([await canvas.convertToBlob({ type: 'image/png' })], 'qr.png', { type: 'image/png' });
});

describe('mz-profile-editor', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('labels every control', async () => {
    const { editor } = await mountEditor('professional');
    for (const id of ['avatar', 'cover', 'bio', 'signature', 'domain', 'qualification']) {
      const element = control<HTMLInputElement>(editor, id);
      expect(element, id).to.not.equal(null);
      expect(element.labels?.length, `${id} labels`).to.equal(1);
    }
    expect(root(editor).querySelector('mz-name-field')).to.not.equal(null);
  });

  it('gives its section headings the level the page asks for (2 by default, under a page h1)', async () => {
    const { editor } = await mountEditor();
    const levels = () =>
      [...root(editor).querySelectorAll('[part="section-heading"]')].map((heading) =>
        heading.getAttribute('aria-level'),
      );
    expect(levels().length).to.be.greaterThan(1);
    expect(new Set(levels())).to.deep.equal(new Set(['2']));
    editor.setAttribute('heading-level', '3');
    await editor.updateComplete;
    expect(new Set(levels())).to.deep.equal(new Set(['3']));
  });

  it('is usable from the keyboard alone: Tab walks every control in order, typing checks them', async () => {
    const { form, editor } = await mountEditor();
    const start = document.createElement('button');
    start.textContent = '开始';
    document.body.prepend(start);
    start.focus();
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement;
      const inner = active === editor ? root(editor).activeElement : null;
      visited.push(inner?.localName === 'mz-name-field' ? 'name' : inner?.id || (active?.textContent ?? ''));
    }
    expect(visited).to.deep.equal(['cover', 'avatar', 'name', 'bio', 'signature', '提交']);

    // Back to the bio from the keyboard, type, leave: the finding shows and the form refuses.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: '新华社' });
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    expect(feedbackText(editor, 'bio')).to.contain('第八条第（四）项');
    expect(form.checkValidity()).to.equal(false);
  });

  it('flags an avatar carrying a QR code under 8.6 and outlines it on the preview', async () => {
    const { form, editor } = await mountEditor();
    await chooseFile(editor, 'avatar', qrPng);
    const image = await previewLoaded(editor, 'avatar');
    expect(feedbackText(editor, 'avatar')).to.contain(
      '头像中含有二维码（《互联网用户账号信息管理规定》第八条第（六）项）。请换一张不含二维码的图片。',
    );
    const finding = editor.verdict?.findings.find((candidate) => candidate.rule === 'qr-code');
    expect(finding).to.include({ article: '8.6', severity: 'block', field: 'avatar' });
    expect(editor.verdict?.verdict).to.equal('block');

    const svg = root(editor).querySelector('.avatar svg[part="qr-outline"]') as SVGSVGElement;
    expect(svg, 'an outline').to.not.equal(null);
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${image.naturalWidth} ${image.naturalHeight}`);
    const points = (svg.querySelector('polygon')?.getAttribute('points') ?? '')
      .split(' ')
      .map((pair) => pair.split(',').map(Number));
    expect(points).to.have.length(4);
    for (const [x = -1, y = -1] of points) {
      expect(x).to.be.within(149, 256);
      expect(y).to.be.within(149, 256);
    }
    // Scaled with the preview: the outline box covers the preview box.
    const box = svg.getBoundingClientRect();
    const preview = image.getBoundingClientRect();
    expect(box.width).to.be.closeTo(preview.width, 1);

    expect(form.checkValidity()).to.equal(false);
    expect(control(editor, 'avatar').getAttribute('aria-invalid')).to.equal('true');
    expect(control(editor, 'avatar').getAttribute('aria-describedby')).to.contain('avatar-feedback');
  });

  it('accepts a plain avatar: no finding, no outline, a preview from an object URL', async () => {
    const { form, editor } = await mountEditor();
    await chooseFile(editor, 'avatar', plainPng);
    const image = await previewLoaded(editor, 'avatar');
    expect(image.src).to.match(/^blob:/);
    expect(root(editor).querySelector('svg[part="qr-outline"]')).to.equal(null);
    expect(editor.verdict?.findings.filter((finding) => finding.field === 'avatar')).to.deep.equal([]);
    expect(feedbackText(editor, 'avatar')).to.contain('没有发现二维码');
    expect(form.checkValidity()).to.equal(true);
  });

  it('refuses a file over max-bytes and a file of the wrong type, in the page language', async () => {
    document.documentElement.lang = 'en';
    const { form, editor } = await mountEditor('personal', { maxBytes: 1024 });
    await chooseFile(editor, 'cover', plainPng);
    expect(feedbackText(editor, 'cover')).to.contain('The cover image is too large: at most 1 KB');
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('cover')).to.equal(null);

    document.documentElement.lang = 'zh-CN';
    const { editor: second } = await mountEditor();
    await chooseFile(second, 'avatar', new File(['hello'], 'a.txt', { type: 'text/plain' }));
    expect(feedbackText(second, 'avatar')).to.contain('头像只能是 PNG、JPEG、WebP 或 GIF 图片。请换一个文件。');
    expect(control(second, 'avatar').getAttribute('aria-invalid')).to.equal('true');
  });

  it('shows the 8.4 error for 新华社 in the bio after blur, then follows every input', async () => {
    const { form, editor } = await mountEditor();
    const bio = control<HTMLTextAreaElement>(editor, 'bio');
    bio.focus();
    await sendKeys({ type: '新华社记者' });
    await editor.updateComplete;
    expect(feedbackText(editor, 'bio'), 'nothing before blur').to.equal('');
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    expect(feedbackText(editor, 'bio')).to.contain('第八条第（四）项');
    expect(bio.getAttribute('aria-invalid')).to.equal('true');
    expect(bio.getAttribute('aria-describedby')).to.equal('bio-feedback');
    expect(root(editor).getElementById('bio-feedback')?.getAttribute('aria-live')).to.equal('polite');
    expect(form.checkValidity()).to.equal(false);

    bio.focus();
    bio.setSelectionRange(0, bio.value.length);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '喜欢读书' });
    await editor.updateComplete;
    expect(feedbackText(editor, 'bio')).to.not.contain('第八条');
    expect(form.checkValidity()).to.equal(true);
  });

  it('fires mz-profile-change with the AccountInfo and the combined verdict', async () => {
    const { editor } = await mountEditor();
    const events: MzProfileChangeEvent[] = [];
    document.addEventListener('mz-profile-change', (event) => events.push(event));
    control<HTMLTextAreaElement>(editor, 'signature').focus();
    await sendKeys({ type: '国务院' });
    await editor.updateComplete;
    await chooseFile(editor, 'avatar', qrPng);
    const last = events.at(-1);
    expect(last?.info).to.include({ kind: 'personal', signature: '国务院' });
    expect(last?.info.avatar).to.equal(qrPng);
    const fields = last?.verdict.findings.map((finding) => finding.field);
    expect(fields).to.include('signature').and.to.include('avatar');
    expect(last?.verdict.verdict).to.equal('block');
    expect(last?.verdict.rulesetVersion).to.equal('test-1');
  });

  it('puts every field and file into the form data', async () => {
    const { form, editor } = await mountEditor('professional');
    const name = root(editor).querySelector('mz-name-field') as HTMLElement;
    name.focus();
    await sendKeys({ type: '小明' });
    control<HTMLTextAreaElement>(editor, 'bio').focus();
    await sendKeys({ type: '喜欢读书' });
    control<HTMLTextAreaElement>(editor, 'signature').focus();
    await sendKeys({ type: '你好' });
    const select = control<HTMLSelectElement>(editor, 'domain');
    select.value = 'education';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await chooseFile(editor, 'avatar', plainPng);
    await chooseFile(editor, 'cover', plainPng);
    const pdf = new File(['%PDF-1.4'], 'licence.pdf', { type: 'application/pdf' });
    await chooseFile(editor, 'qualification', pdf);

    const data = new FormData(form);
    expect(data.get('kind')).to.equal('professional');
    expect(data.get('name')).to.equal('小明');
    expect(data.get('bio')).to.equal('喜欢读书');
    expect(data.get('signature')).to.equal('你好');
    expect(data.get('profession.domain')).to.equal('education');
    expect((data.get('avatar') as File).name).to.equal('plain.png');
    expect((data.get('cover') as File).size).to.equal(plainPng.size);
    expect((data.get('qualification') as File).name).to.equal('licence.pdf');
    expect(editor.info.profession).to.deep.equal({ domain: 'education', credential: 'licence.pdf' });
  });

  it('shows the entity fields for an entity account and submits them', async () => {
    const { form, editor } = await mountEditor('entity');
    expect(control(editor, 'domain')).to.equal(null);
    const entityName = control<HTMLInputElement>(editor, 'entity-name');
    const uscc = control<HTMLInputElement>(editor, 'entity-uscc');
    expect(entityName.labels?.[0]?.textContent).to.contain('主体名称');
    expect(uscc.labels?.[0]?.textContent).to.contain('统一社会信用代码');
    entityName.focus();
    await sendKeys({ type: '杭州某某科技有限公司' });
    uscc.focus();
    await sendKeys({ type: '91330100MA2XXXXX1X' });
    await editor.updateComplete;
    const data = new FormData(form);
    expect(data.get('entity.name')).to.equal('杭州某某科技有限公司');
    expect(data.get('entity.uscc')).to.equal('91330100MA2XXXXX1X');
    expect(editor.info.entity).to.deep.equal({ name: '杭州某某科技有限公司', uscc: '91330100MA2XXXXX1X' });
  });

  it('reset clears every field, file, preview and finding', async () => {
    const { form, editor } = await mountEditor();
    control<HTMLTextAreaElement>(editor, 'bio').focus();
    await sendKeys({ type: '新华社' });
    await sendKeys({ press: 'Tab' });
    await chooseFile(editor, 'avatar', qrPng);
    const url = (root(editor).querySelector('img[part="preview-image"]') as HTMLImageElement).src;
    expect(form.checkValidity()).to.equal(false);

    form.reset();
    await editor.ready;
    expect(control<HTMLTextAreaElement>(editor, 'bio').value).to.equal('');
    expect(control<HTMLInputElement>(editor, 'avatar').value).to.equal('');
    expect(root(editor).querySelector('img[part="preview-image"]')).to.equal(null);
    expect(feedbackText(editor, 'bio')).to.equal('');
    expect(feedbackText(editor, 'avatar')).to.equal('');
    expect(editor.verdict?.verdict).to.equal('pass');
    expect(form.checkValidity()).to.equal(true);
    const data = new FormData(form);
    expect(data.get('bio')).to.equal('');
    expect(data.get('avatar')).to.equal(null);
    // The old preview's object URL was revoked.
    const stillThere = await fetch(url).then(
      () => true,
      () => false,
    );
    expect(stillThere).to.equal(false);
  });

  it('reports the first offending control to the form', async () => {
    const { form, editor } = await mountEditor();
    control<HTMLTextAreaElement>(editor, 'signature').focus();
    await sendKeys({ type: '新华社' });
    await editor.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    expect(form.reportValidity()).to.equal(false);
    await editor.updateComplete;
    expect(editor.validationMessage).to.equal('签名不符合规定，见下方说明');
    expect(feedbackText(editor, 'signature')).to.contain('第八条第（四）项');
    expect(editor.shadowRoot?.activeElement?.id).to.equal('signature');
  });

  it('starts from initial values for every field, checks them, and returns to them on reset', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const avatarUrl = URL.createObjectURL(plainPng);
    render(
      html`<form>
        <mz-profile-editor
          kind="entity"
          account-name="小王的店"
          bio="新华社记者"
          signature="每天进步一点点"
          entity-name="某某文化传媒有限公司"
          entity-uscc="91350100M000100Y43"
          avatar-src=${avatarUrl}
          .ruleSet=${testRuleSet}
        ></mz-profile-editor>
      </form>`,
      host,
    );
    const editor = host.querySelector('mz-profile-editor') as MzProfileEditor;
    const form = host.querySelector('form') as HTMLFormElement;
    await editor.ready;
    expect(control<HTMLTextAreaElement>(editor, 'bio').value).to.equal('新华社记者');
    expect(control<HTMLTextAreaElement>(editor, 'signature').value).to.equal('每天进步一点点');
    expect(control<HTMLInputElement>(editor, 'entity-name').value).to.equal('某某文化传媒有限公司');
    expect(control<HTMLInputElement>(editor, 'entity-uscc').value).to.equal('91350100M000100Y43');
    expect(root(editor).querySelector('mz-name-field')?.value).to.equal('小王的店');
    expect(editor.info).to.deep.include({ name: '小王的店', bio: '新华社记者', signature: '每天进步一点点' });
    expect(editor.info.entity).to.deep.equal({ name: '某某文化传媒有限公司', uscc: '91350100M000100Y43' });
    // The prefilled bio is checked like typed text.
    expect(editor.verdict?.findings.some((finding) => finding.field === 'bio' && finding.article === '8.4')).to.equal(
      true,
    );
    expect(form.checkValidity()).to.equal(false);
    const preview = root(editor).querySelector('.avatar img[part="preview-image"]') as HTMLImageElement;
    expect(preview?.src).to.equal(avatarUrl);

    const bio = control<HTMLTextAreaElement>(editor, 'bio');
    bio.focus();
    bio.select();
    await sendKeys({ type: '喜欢读书' });
    await editor.updateComplete;
    expect(new FormData(form).get('bio')).to.equal('喜欢读书');
    form.reset();
    await editor.ready;
    expect(control<HTMLTextAreaElement>(editor, 'bio').value).to.equal('新华社记者');
    expect(new FormData(form).get('account-name') ?? new FormData(form).get('name')).to.equal('小王的店');
    URL.revokeObjectURL(avatarUrl);
  });

  it('changes the avatar by clicking the round picture, by keyboard, or by dropping a file on it', async () => {
    const { editor } = await mountEditor();
    const input = control<HTMLInputElement>(editor, 'avatar');
    const zone = root(editor).querySelector('.avatar [part="drop-zone"]') as HTMLElement;
    const picture = zone.querySelector('[part="preview"]') as HTMLElement;
    expect(getComputedStyle(picture).borderRadius).to.equal('50%');

    // A click on the picture opens the file picker (the label clicks its input).
    let picked = 0;
    input.addEventListener('click', (event) => {
      picked++;
      event.preventDefault();
    });
    const box = picture.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect(picked).to.equal(1);

    // From the keyboard: the file input takes the focus, and the picture shows the focus ring.
    input.blur();
    control<HTMLInputElement>(editor, 'cover').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(editor).activeElement?.id).to.equal('avatar');
    expect(getComputedStyle(picture).outlineStyle).to.not.equal('none');
    await sendKeys({ press: 'Enter' });
    expect(picked).to.equal(2);

    // A dropped file is taken and checked as a chosen one.
    const transfer = new DataTransfer();
    transfer.items.add(plainPng);
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await editor.ready;
    const image = await previewLoaded(editor, 'avatar');
    expect(image.src).to.match(/^blob:/);
    expect(input.files?.[0]?.name).to.equal('plain.png');
    expect(editor.info.avatar).to.equal(plainPng);
    expect(feedbackText(editor, 'avatar')).to.contain('没有发现二维码');
  });

  it('draws the QR outline on the preview’s overlay layer, cropped as the preview crops the image', async () => {
    const { editor } = await mountEditor();
    await chooseFile(editor, 'cover', qrPng);
    await previewLoaded(editor, 'cover');
    const overlay = root(editor).querySelector('.cover [part="preview-overlay"]') as HTMLElement;
    const outline = overlay.querySelector('svg[part="qr-outline"]') as SVGSVGElement;
    expect(outline.getAttribute('preserveAspectRatio')).to.equal('xMidYMid slice');
    expect(getComputedStyle(root(editor).querySelector('.cover [part="preview-image"]') as Element).objectFit).to.equal(
      'cover',
    );
  });
});
