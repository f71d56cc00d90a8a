/**
 * The URL gate of the elements (internal/safe-url.ts), in Node and in Chromium: both parse with the
 * WHATWG URL parser, so both must agree on every case. A fixed base stands in for the document's.
 */
import { expect } from 'chai';
import { type SafeUrlOptions, safeImageUrl, safeLinkUrl } from '../src/internal/safe-url.js';

const base = 'https://platform.example/users/42/';
const quiet = <T>(body: () => T): T => {
  // Dropped URLs are warned about in development; the warning has its own test.
  const warn = console.warn;
  console.warn = () => {};
  try {
    return body();
  } finally {
    console.warn = warn;
  }
};
const link = (value: unknown, options: SafeUrlOptions = {}) => quiet(() => safeLinkUrl(value, { base, ...options }));
const image = (value: unknown, options: SafeUrlOptions = {}) => quiet(() => safeImageUrl(value, { base, ...options }));

/** Every way of writing a javascript: URL that a browser still runs. */
const JAVASCRIPT = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'javascript:alert(1) ',
  '\t\n\r javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u0008\u000b\u000c\u001f javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'j\ta\nv\ra\tscript:alert(1)',
  'javascript\t:alert(1)',
  'javascript://%0aalert(1)',
  'javascript://example.com/%0D%0Aalert(1)',
  'javascript:%61lert(1)',
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
];

const OTHER_ACTIVE = [
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'data:application/javascript,alert(1)',
  'file:///etc/passwd',
  'about:blank',
  'ftp://example.com/a',
  'ws://example.com/',
  'chrome://settings',
  'view-source:https://example.com/',
  'intent://scan/#Intent;scheme=zxing;end',
  'weixin://dl/chat',
];

const SVG = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';

describe('safeLinkUrl', () => {
  it('drops javascript: in every disguise the URL parser still reads as javascript:', () => {
    for (const value of JAVASCRIPT) expect(link(value), JSON.stringify(value)).to.equal(undefined);
  });

  it('drops every other scheme: vbscript:, data:, file:, app schemes …', () => {
    for (const value of [...OTHER_ACTIVE, SVG, 'blob:https://platform.example/0b6b']) {
      expect(link(value), value).to.equal(undefined);
    }
  });

  it('keeps http(s), mailto: and tel:, serialized as the browser will read them', () => {
    expect(link('https://platform.example/report?id=42')).to.equal('https://platform.example/report?id=42');
    expect(link('  HTTP://Platform.Example/a b\n')).to.equal('http://platform.example/a%20b');
    expect(link('mailto:service@xinglin.example')).to.equal('mailto:service@xinglin.example');
    expect(link('tel:+862788886666')).to.equal('tel:+862788886666');
    expect(link('https://x.example/"><script>alert(1)</script>')).to.equal(
      'https://x.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    );
  });

  it('resolves relative URLs against the base, so they keep its scheme', () => {
    expect(link('/report')).to.equal('https://platform.example/report');
    expect(link('report?id=1#top')).to.equal('https://platform.example/users/42/report?id=1#top');
    expect(link('#report')).to.equal('https://platform.example/users/42/#report');
    expect(link('//cdn.example/a')).to.equal('https://cdn.example/a');
    // Not a scheme to the parser (an encoded letter, a character before it): a path, made harmless.
    expect(link('%6Aavascript:alert(1)')).to.equal('https://platform.example/users/42/%6Aavascript:alert(1)');
    expect(link('&#106;avascript:alert(1)')).to.equal('https://platform.example/users/42/&#106;avascript:alert(1)');
    expect(link('\u2028javascript:alert(1)')).to.equal(
      'https://platform.example/users/42/%E2%80%A8javascript:alert(1)',
    );
  });

  it('drops relative URLs when there is no base to resolve them against', () => {
    if (typeof document !== 'undefined') return; // in a browser, the document always has a base
    expect(quiet(() => safeLinkUrl('/report'))).to.equal(undefined);
    expect(quiet(() => safeLinkUrl('https://platform.example/report'))).to.equal('https://platform.example/report');
  });

  it('uses the document base in a browser', () => {
    if (typeof document === 'undefined') return;
    expect(quiet(() => safeLinkUrl('report'))).to.equal(new URL('report', document.baseURI).href);
  });

  it('narrows to the schemes asked for, never wider', () => {
    expect(link('tel:110', { schemes: ['mailto:'] })).to.equal(undefined);
    expect(link('mailto:a@b.example', { schemes: ['mailto:'] })).to.equal('mailto:a@b.example');
    expect(link('javascript:alert(1)', { schemes: ['javascript:', 'mailto:'] })).to.equal(undefined);
  });

  it('treats empty, blank and non-string values as no URL', () => {
    for (const value of ['', '   ', '\n', undefined, null, 42, {}, ['javascript:alert(1)']]) {
      expect(link(value)).to.equal(undefined);
    }
  });

  it('drops what the parser cannot parse', () => {
    expect(link('http://')).to.equal(undefined);
    expect(link('http://[::1')).to.equal(undefined);
  });

  it('warns once per dropped value, naming who asked; never for an empty value', () => {
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    try {
      safeLinkUrl('javascript:warned(1)', { source: '<mz-test> href' });
      safeLinkUrl('javascript:warned(1)', { source: '<mz-test> href' });
      safeLinkUrl('', { source: '<mz-test> href' });
      safeLinkUrl('https://fine.example/', { source: '<mz-test> href' });
    } finally {
      console.warn = warn;
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('<mz-test> href').and.contain('"javascript:warned(1)"').and.contain('dropped');
  });
});

describe('safeImageUrl', () => {
  it('drops javascript:, vbscript:, data: that is not a raster image, and app schemes', () => {
    for (const value of [...JAVASCRIPT, ...OTHER_ACTIVE, 'mailto:a@b.example', 'tel:110']) {
      expect(image(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('drops data: URLs that are not of an image type, however the type is written', () => {
    for (const value of [
      'data:text/html;x=image/png,<script>alert(1)</script>',
      'data:text/xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'data:application/xhtml+xml,<svg/>',
      'data:image%2Fpng,x',
      'data:image/svg,x',
      'data:,<svg/>',
      'data:image/png',
    ]) {
      expect(image(value), value).to.equal(undefined);
    }
  });

  it('keeps SVG data images: in an <img> they run no script (the browser test checks it)', () => {
    for (const value of [SVG, 'data:IMAGE/SVG+XML;base64,PHN2Zy8+', 'data: image/svg+xml ;charset=utf-8,<svg/>']) {
      expect(image(value), value).to.equal(new URL(value).href);
    }
  });

  it('keeps http(s), relative, blob: and raster data: images', () => {
    expect(image('https://cdn.example/a.png')).to.equal('https://cdn.example/a.png');
    expect(image('https://cdn.example/a.svg')).to.equal('https://cdn.example/a.svg');
    expect(image('avatar.jpg')).to.equal('https://platform.example/users/42/avatar.jpg');
    expect(image('blob:https://platform.example/0b6b6a2e')).to.equal('blob:https://platform.example/0b6b6a2e');
    expect(image('data:image/png;base64,iVBORw0KGgo=')).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(image(' DATA:Image/JPEG;base64,/9j/')).to.equal('data:Image/JPEG;base64,/9j/');
    for (const type of ['gif', 'webp', 'avif', 'bmp', 'apng', 'x-icon']) {
      expect(image(`data:image/${type},x`), type).to.equal(`data:image/${type},x`);
    }
  });
});
