/**
 * Script injection through the elements' inputs, in Chromium: every element, every string property
 * and every attribute the manifest declares (so a new one is covered without touching this file),
 * each set to each of the payloads below, given as properties, as attributes and through the HTML
 * parser (which decodes entities). Each payload calls `window.__xss(n)`. After rendering, every link
 * and button in the shadow roots is clicked (`javascript:` links are let through; safe ones are kept
 * from navigating), every image has loaded or failed, and then:
 * - `__xss` was never called;
 * - no rendered `href`/`src` (nor `srcset`, `action`, `style` URL …) has a scheme outside the
 *   allowed set: http(s)/mailto:/tel: for links, http(s)/blob:/image data: for images (SVG data
 *   images with script in them are rendered: the first check shows that they do not run);
 * - no event-handler attribute, script, frame or object exists in any shadow root.
 *
 * `javascript:` navigations run in a task of their own, in order: clicking a sentinel
 * `javascript:` link last and waiting for it to run means every earlier one has run too.
 */
import type { RuleSet } from '@mingzheng/precheck';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { expect } from 'chai';
import { html, LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/index.js';

const testRuleSet = testRuleSetJson as unknown as RuleSet;

declare global {
  interface Window {
    __xss?: (n: number) => void;
    __xssSentinel?: () => void;
  }
}

const TAGS = ['mz-name-field', 'mz-profile-editor', 'mz-identity-field', 'mz-ip-badge', 'mz-account-card'] as const;

const svgScript = (n: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" onload="top.__xss(${n})"><script>top.__xss(${n})</script></svg>`;
const htmlScript = (n: number) => `<script>top.__xss(${n})</script><img src=x onerror=top.__xss(${n})>`;

/** Each payload calls `__xss(n)` if it ever runs; `n` is its index. */
const PAYLOADS: ((n: number) => string)[] = [
  // javascript: and its disguises
  (n) => `javascript:__xss(${n})`,
  (n) => `JavaScript:__xss(${n})`,
  (n) => `JAVASCRIPT:__xss(${n})`,
  (n) => `jAvAsCrIpT:__xss(${n})`,
  (n) => ` javascript:__xss(${n})`,
  (n) => `javascript:__xss(${n}) `,
  (n) => `   \t\n javascript:__xss(${n})\n`,
  (n) => `\tjavascript:__xss(${n})`,
  (n) => `\njavascript:__xss(${n})`,
  (n) => `\r\njavascript:__xss(${n})`,
  (n) => `\u0000javascript:__xss(${n})`,
  (n) => `\u0001\u0002\u0008javascript:__xss(${n})`,
  (n) => `\u000b\u000c\u001fjavascript:__xss(${n})`,
  (n) => `java\tscript:__xss(${n})`,
  (n) => `java\nscript:__xss(${n})`,
  (n) => `java\rscript:__xss(${n})`,
  (n) => `j\ta\nv\ra\tscript:__xss(${n})`,
  (n) => `javascript\t:__xss(${n})`,
  (n) => `javascript:\n__xss(${n})`,
  (n) => `javascript:%5F%5Fxss(${n})`,
  (n) => `javascript:%5f%5f%78%73%73%28${n}%29`,
  (n) => `%6Aavascript:__xss(${n})`,
  (n) => `javascript://%0a__xss(${n})`,
  (n) => `javascript://%0d%0a__xss(${n})`,
  (n) => `javascript://example.com/%0A__xss(${n})`,
  (n) => `javascript:__xss(${n})//https://example.com/`,
  (n) => `javascript:void(__xss(${n}))`,
  (n) => `javascript:/*"/*'/**/__xss(${n})`,
  (n) => `javascript:window['__x'+'ss'](${n})`,
  (n) => `javascript:top.__xss(${n})`,
  (n) => `javascript:eval('__xss(${n})')`,
  (n) => `javascript:\\u005f\\u005fxss(${n})`,
  // entity-encoded: decoded only by the HTML parser (the "html" mode below)
  (n) => `&#106;avascript:__xss(${n})`,
  (n) => `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss(${n})`,
  (n) =>
    `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058__xss(${n})`,
  (n) => `javascript&colon;__xss(${n})`,
  (n) => `javascript&#58;__xss(${n})`,
  (n) => `&Tab;javascript:__xss(${n})`,
  (n) => `jav&#x09;ascript:__xss(${n})`,
  (n) => `jav&#x0A;ascript:__xss(${n})`,
  (n) => `jav&#x0D;ascript:__xss(${n})`,
  (n) => `&#x20;javascript:__xss(${n})`,
  // other schemes that run or render script
  (n) => `vbscript:__xss(${n})`,
  (n) => `VBScript:msgbox(${n})`,
  (n) => `data:text/html,${htmlScript(n)}`,
  (n) => `data:text/html;base64,${btoa(htmlScript(n))}`,
  (n) => `data:text/html;charset=utf-8,${encodeURIComponent(htmlScript(n))}`,
  (n) => `data:image/svg+xml,${svgScript(n)}`,
  (n) => `data:image/svg+xml;base64,${btoa(svgScript(n))}`,
  (n) => `data: image/svg+xml ;base64,${btoa(svgScript(n))}`,
  (n) => `data:application/javascript,top.__xss(${n})`,
  (n) => `DATA:text/html,${htmlScript(n)}`,
  (n) => `blob:javascript:__xss(${n})`,
  // markup, attribute break-outs and polyglots
  (n) => `"><img src=x onerror=__xss(${n})>`,
  (n) => `'><img src=x onerror=__xss(${n})>`,
  (n) => `<svg onload=__xss(${n})>`,
  (n) => `<script>__xss(${n})</script>`,
  (n) => `<img src="x" onerror="__xss(${n})">`,
  (n) => `" onmouseover="__xss(${n})" x="`,
  (n) => `" autofocus onfocus="__xss(${n})`,
  (n) => `x" onerror="__xss(${n})`,
  (n) => `<iframe src="javascript:__xss(${n})"></iframe>`,
  (n) => `<a href="javascript:__xss(${n})">x</a>`,
  (n) => `"><svg><animate onbegin=__xss(${n}) attributeName=x dur=1s>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${n})>`,
  (n) => `https://mz-xss.invalid/"><script>__xss(${n})</script>`,
  (n) => `//mz-xss.invalid/<svg onload=__xss(${n})>`,
  (n) => `{{constructor.constructor('__xss(${n})')()}}`,
  (n) => `\${__xss(${n})}`,
  (n) =>
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=__xss(${n}) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__xss(${n})//>\\x3e`,
  (n) =>
    `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+__xss(${n})//'>`,
];

type Mode = 'property' | 'attribute' | 'html';

interface ManifestMember {
  kind: string;
  name: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: ManifestMember[];
}

const declarations = new Map(
  (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName as string, declaration]),
);

/**
 * Properties that are not plain strings, each either filled with the payload wherever it holds text,
 * or named as not holding page text. A new property of another type fails the test until it is
 * classified here.
 */
const NON_STRING: Record<string, ((payload: string) => unknown) | 'not text'> = {
  'mz-account-card.account': (payload) => ({
    name: payload,
    avatar: payload,
    entity: payload,
    address: payload,
    category: payload,
    uscc: payload,
    contact: payload,
    region: payload,
    qualifications: [{ domain: payload, credential: payload }],
    mcn: payload,
    verified: payload,
  }),
  'mz-account-card.qualifications': (payload) => [{ domain: payload, credential: payload }],
  'mz-account-card.region': (payload) => ({ country: payload, province: payload }),
  'mz-ip-badge.region': (payload) => ({ country: payload, province: payload }),
  'mz-account-card.headingLevel': 'not text',
  'mz-name-field.minlength': 'not text',
  'mz-name-field.maxlength': 'not text',
  'mz-name-field.ruleSet': 'not text',
  'mz-profile-editor.ruleSet': 'not text',
  'mz-profile-editor.maxBytes': 'not text',
  'mz-profile-editor.headingLevel': 'not text',
  'mz-identity-field.today': 'not text',
};

/** String-valued at run time: `string` or string literals (maybe optional), or one of these aliases. */
const STRING_ALIASES = new Set(['AccountKind', 'IdentityType']);
const isStringType = (text: string) =>
  STRING_ALIASES.has(text) || /^(string|'[^']*')(\s*\|\s*(string|undefined|'[^']*'))*$/.test(text);

/** The writable public properties of `tag`, from the manifest, with the value a payload becomes. */
function writableProperties(tag: string): [string, (payload: string) => unknown][] {
  const declaration = declarations.get(tag);
  if (!declaration) throw new Error(`${tag} is not in the manifest`);
  const result: [string, (payload: string) => unknown][] = [];
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.readonly || member.privacy) continue;
    const type = member.type?.text ?? '';
    if (type === 'boolean') continue;
    const special = NON_STRING[`${tag}.${member.name}`];
    if (special === 'not text') continue;
    if (special) result.push([member.name, special]);
    else if (isStringType(type)) result.push([member.name, (payload) => payload]);
    else throw new Error(`${tag}.${member.name} (${type || 'no type'}): classify it in NON_STRING`);
  }
  return result;
}

const attributesOf = (tag: string) => (declarations.get(tag)?.attributes ?? []).map((attribute) => attribute.name);

/** Every shadow root under `root`, nested ones (mz-ip-badge in the card, mz-name-field in the editor) too. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return roots;
}

async function settled(host: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [host, ...shadowRoots(host)].flatMap((root) => [...root.querySelectorAll('*')]);
    for (const element of elements) {
      const ready = (element as { ready?: Promise<unknown> }).ready;
      if (ready instanceof Promise) await ready;
      if (element instanceof LitElement) await element.updateComplete;
    }
  }
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:', 'blob:']);
/** Image types of `data:` URLs. SVG included: loaded as an image it runs no script, which this test checks. */
const IMAGE_DATA =
  /^data:\s*image\/(png|apng|jpeg|pjpeg|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)\s*[;,]/i;

/** Why this URL may not be in this attribute, or undefined when it may. */
function urlProblem(element: Element, attribute: string, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, element.baseURI);
  } catch {
    return undefined; // the browser cannot resolve it either: it navigates nowhere and loads nothing
  }
  const image = attribute === 'src' || attribute === 'srcset' || attribute === 'poster' || attribute === 'style';
  const isImageElement = element.localName === 'img' || element.localName === 'image';
  if (image || isImageElement) {
    if (IMAGE_SCHEMES.has(url.protocol) || (url.protocol === 'data:' && IMAGE_DATA.test(url.href))) return undefined;
  } else if (LINK_SCHEMES.has(url.protocol)) return undefined;
  return `<${element.localName} ${attribute}="${value}">`;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data', 'background'];

/** Every URL-bearing attribute, handler attribute and active element in the shadow roots that should not be there. */
function problems(host: HTMLElement): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(host)) {
    for (const element of root.querySelectorAll('*')) {
      if (['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta'].includes(element.localName)) {
        found.push(`<${element.localName}> rendered`);
      }
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) found.push(`<${element.localName} ${name}> rendered`);
        if (URL_ATTRIBUTES.includes(name)) {
          const problem = urlProblem(element, name, value);
          if (problem) found.push(problem);
        }
        if (name === 'srcset') {
          for (const candidate of value.split(',')) {
            const problem = urlProblem(element, name, candidate.trim().split(/\s+/)[0] ?? '');
            if (problem) found.push(problem);
          }
        }
        if (name === 'style') {
          for (const [, , inner] of value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
            const problem = urlProblem(element, name, inner ?? '');
            if (problem) found.push(problem);
          }
        }
      }
    }
  }
  return found;
}

/** Clicks every link and button in the shadow roots; only `javascript:` (or unknown-scheme) links may navigate. */
function clickEverything(host: HTMLElement): void {
  for (const root of shadowRoots(host)) {
    for (const element of root.querySelectorAll<HTMLElement>('a, area, button, [role="button"], summary')) {
      const href = element.getAttribute('href');
      let scheme = '';
      try {
        scheme = href === null ? '' : new URL(href, element.baseURI).protocol;
      } catch {}
      if (scheme !== 'javascript:')
        element.addEventListener('click', (event) => event.preventDefault(), { once: true });
      element.click();
    }
  }
}

/** Resolves once every `javascript:` navigation started so far has run. */
async function javascriptUrlsRun(): Promise<void> {
  const link = document.createElement('a');
  link.href = 'javascript:__xssSentinel()';
  document.body.append(link);
  await new Promise<void>((resolve) => {
    window.__xssSentinel = resolve;
    link.click();
  });
  link.remove();
}

function imagesSettled(host: HTMLElement): Promise<unknown> {
  const images = shadowRoots(host).flatMap((root) => [...root.querySelectorAll('img')]);
  return Promise.all(
    images
      .filter((image) => !image.complete)
      .map(
        (image) =>
          new Promise((resolve) => {
            image.addEventListener('load', resolve, { once: true });
            image.addEventListener('error', resolve, { once: true });
          }),
      ),
  );
}

const escapeAttribute = (value: string) => value.replaceAll('"', '&quot;');

/** Renders `tag` with `payload` everywhere `mode` can put it; returns the host. */
async function mount(tag: string, mode: Mode, payload: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  if (mode === 'html') {
    // Through the HTML parser: only `"` is escaped, so entities in the payload are decoded.
    const attributes = attributesOf(tag).map((name) => `${name}="${escapeAttribute(payload)}"`);
    host.innerHTML = `<${tag} ${attributes.join(' ')}></${tag}>`;
  } else {
    const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    if (mode === 'attribute') for (const name of attributesOf(tag)) element.setAttribute(name, payload);
    else for (const [name, value] of writableProperties(tag)) element[name] = value(payload);
    host.append(element);
  }
  const element = host.firstElementChild as HTMLElement & Record<string, unknown>;
  if ('ruleSet' in element) element.ruleSet = testRuleSet;
  await settled(host);
  return host;
}

/** Renders, clicks, loads; returns the markers called and the problems found. */
async function attack(
  tag: string,
  mode: Mode,
  payloads: readonly ((n: number) => string)[],
): Promise<{ called: number[]; found: string[]; svgImages: number }> {
  const called: number[] = [];
  const found: string[] = [];
  let svgImages = 0;
  window.__xss = (n) => {
    called.push(n);
  };
  // Dropped URLs are warned about in development: expected here, and too many to print.
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (const [n, payload] of payloads.entries()) {
      const host = await mount(tag, mode, payload(n));
      await imagesSettled(host);
      found.push(...problems(host).map((problem) => `payload ${n}: ${problem}`));
      svgImages += shadowRoots(host)
        .flatMap((root) => [...root.querySelectorAll('img')])
        .filter((image) => /^data:image\/svg\+xml/i.test(image.src)).length;
      clickEverything(host);
      await settled(host);
      await javascriptUrlsRun();
      await imagesSettled(host);
      found.push(...problems(host).map((problem) => `payload ${n} after clicks: ${problem}`));
      host.remove();
    }
  } finally {
    console.warn = warn;
  }
  return { called, found: [...new Set(found)], svgImages };
}

describe('script injection through every input of every element', () => {
  afterEach(() => {
    document.body.replaceChildren();
    delete window.__xss;
  });

  it('has at least 50 payloads and reads every element from the manifest', () => {
    expect(PAYLOADS.length).to.be.at.least(50);
    for (const tag of TAGS) {
      expect(attributesOf(tag).length, tag).to.be.greaterThan(0);
      expect(writableProperties(tag).length, tag).to.be.greaterThan(0);
    }
  });

  for (const tag of TAGS) {
    for (const mode of ['property', 'attribute', 'html'] as const) {
      it(`${tag}: no payload runs or leaves an unsafe URL (${mode === 'html' ? 'as HTML source' : mode === 'property' ? 'as properties' : 'as attributes'})`, async function () {
        this.timeout(60000);
        const { called, found, svgImages } = await attack(tag, mode, PAYLOADS);
        expect(called, 'payloads that ran').to.deep.equal([]);
        expect(found, 'unsafe output').to.deep.equal([]);
        // The card does render the SVG payloads (with script inside) as its avatar: they are shown, and did not run.
        if (tag === 'mz-account-card') expect(svgImages, 'SVG data images rendered').to.be.at.least(2);
      });
    }
  }

  it('mz-profile-editor previews a picked file only as a blob: image, whatever the file holds or is named', async () => {
    const called: number[] = [];
    window.__xss = (n) => {
      called.push(n);
    };
    const host = await mount('mz-profile-editor', 'property', '');
    const editor = host.firstElementChild as HTMLElement & {
      selectImage(slot: string, file: File): Promise<void>;
    };
    // Every preview ever shown, also one that is dropped again once the file is found not to be an image.
    const previews: HTMLImageElement[] = [];
    const observer = new MutationObserver(() => {
      for (const image of shadowRoots(host).flatMap((root) => [...root.querySelectorAll('img')])) {
        if (!previews.includes(image)) previews.push(image);
      }
    });
    for (const root of shadowRoots(host)) observer.observe(root, { childList: true, subtree: true });
    const canvas = new OffscreenCanvas(64, 64);
    (canvas.getContext('2d') as OffscreenCanvasRenderingContext2D).fillRect(0, 0, 32, 32);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    await editor.selectImage('avatar', new File([png], `"><img src=x onerror=__xss(1)>.png`, { type: 'image/png' }));
    // Script inside, declared as a PNG: previewed while it is checked, then refused.
    await editor.selectImage('cover', new File([svgScript(2)], `<svg onload=__xss(3)>.png`, { type: 'image/png' }));
    await settled(host);
    observer.disconnect();
    await Promise.all(
      previews.map((image) =>
        image.complete
          ? undefined
          : new Promise((resolve) => {
              image.addEventListener('load', resolve, { once: true });
              image.addEventListener('error', resolve, { once: true });
            }),
      ),
    );
    expect(previews.length).to.be.at.least(2);
    expect(previews.map((image) => new URL(image.src).protocol)).to.deep.equal(previews.map(() => 'blob:'));
    expect(problems(host)).to.deep.equal([]);
    clickEverything(host);
    await javascriptUrlsRun();
    expect(called).to.deep.equal([]);
  });

  // The harness itself: an element that does render what it is given must be caught.
  it('catches an element that renders a javascript: link, a handler attribute or a script-bearing image', async () => {
    class UnsafeElement extends LitElement {
      static override properties = { link: {}, markup: {} };
      link = '';
      markup = '';
      override render() {
        return html`<a href=${this.link}>x</a>${unsafeHTML(this.markup)}`;
      }
    }
    if (!customElements.get('mz-test-unsafe')) customElements.define('mz-test-unsafe', UnsafeElement);
    declarations.set('mz-test-unsafe', {
      tagName: 'mz-test-unsafe',
      attributes: [{ name: 'link' }, { name: 'markup' }],
      members: ['link', 'markup'].map((name) => ({ kind: 'field', name, type: { text: 'string' } })),
    });
    try {
      const { called, found } = await attack('mz-test-unsafe', 'property', [
        (n) => `javascript:__xss(${n})`,
        (n) => ` JAVA\tSCRIPT:__xss(${n})`,
        (n) => `<img src="data:text/html,x" onerror="__xss(${n})">`,
      ]);
      expect(called.sort()).to.deep.equal([0, 1, 2]);
      expect(found.join('\n')).to.contain('payload 0: <a href="javascript:__xss(0)">');
      expect(found.join('\n')).to.contain('payload 2: <img onerror> rendered');
      expect(found.join('\n')).to.contain('payload 2: <img src="data:text/html,x">');
    } finally {
      declarations.delete('mz-test-unsafe');
    }
  });
});
