/**
 * The demo page as a visitor uses it: started with `npm start`'s own command (a real server on
 * loopback), driven in real Chromium. A blocked name cannot be submitted; an acceptable one is
 * accepted by the server, and the page never prints the phone number in full; a closed account's
 * name, which passes in the browser, is refused by the server; the whole journey (sign up, profile
 * with a QR-code avatar refused, public card with its IP badge); text and a flag read from the sample
 * images on the device (the page serves the reader's model and runtime and is cross-origin
 * isolated); the language switch; and no console errors or failed requests on the way.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { expect } from 'chai';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/** Starts `npm start`'s command and resolves with the URL it prints. */
function startDemo(port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['scripts/run.mjs', 'start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Vite colours the URL and bolds the port: strip the escapes before matching.
      const match = /Local:\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(output));
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

describe('the demo signup page (npm start)', function () {
  this.timeout(120_000);
  let demo: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;
  const posts: string[] = [];
  /** Console errors, uncaught exceptions and failed requests (favicon included) of the page. */
  const problems: string[] = [];

  before(async () => {
    demo = await startDemo(await freePort());
    const executablePath = chromePath();
    if (!executablePath) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROME_PATH.');
    browser = await chromium.launch({ executablePath, args: chromeArgs });
  });

  after(async () => {
    await browser?.close();
    demo?.child.kill('SIGTERM');
  });

  beforeEach(async () => {
    page = await browser.newPage();
    posts.length = 0;
    problems.length = 0;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('request', (request) => {
      // The page asks in its own language (`/api/precheck?locale=zh-CN`): the path is what counts.
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/precheck') {
        posts.push(request.postData() ?? '');
      }
    });
    await page.goto(demo.url);
    await page.locator('#signup mz-name-field input').waitFor();
  });

  afterEach(async () => {
    await page?.close();
  });

  const nameInput = () => page.locator('#signup mz-name-field input');
  const phoneInput = () => page.locator('#signup mz-identity-field input');
  const result = () => page.locator('#result');

  it('refuses to submit a blocked name, and says why', async () => {
    await nameInput().fill('新华社快讯');
    await phoneInput().fill('13800138000');
    await page.locator('#signup mz-name-field').filter({ hasText: '冒充新闻媒体' }).waitFor();
    await page.getByRole('button', { name: '注册', exact: true }).click();
    expect(await page.locator('#signup mz-name-field [part="feedback"]').textContent()).to.contain('第八条第（四）项');
    expect(posts.filter((body) => body.includes('新华社快讯'))).to.deep.equal([]);
    expect(await result().textContent()).to.equal('');
  });

  it('submits an acceptable name, which the server accepts, and never prints the phone number in full', async () => {
    await nameInput().fill('风吹麦浪');
    await phoneInput().fill('13912345678');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.locator('#result.pass').waitFor();
    const text = await result().textContent();
    expect(text).to.contain('注册成功');
    expect(text).to.contain('139****5678');
    expect(await page.locator('body').textContent()).to.not.contain('13912345678');
    expect(posts.map((body) => JSON.parse(body))).to.deep.include({ name: '风吹麦浪' });
    // Rule-set versions are for developers: in the collapsed panel, not in the message.
    expect(text).to.not.contain('规则集');
    expect(await page.locator('#developer').getAttribute('open')).to.equal(null);
    expect(await page.locator('#developer-info').textContent()).to.contain('规则集版本');
  });

  it('takes a visitor through sign-up, the profile (a QR-code avatar refused) and the public card', async function () {
    // The first image also loads the text reader's model and runtime (~30 MB from the demo server).
    this.timeout(240_000);
    expect(await page.locator('#step-profile').isVisible()).to.equal(false);
    await nameInput().fill('风吹麦浪');
    await phoneInput().fill('13912345678');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.locator('#result.pass').waitFor();
    await page.locator('#step-profile').waitFor({ state: 'visible' });

    // The sample avatar with a QR code: found on the device, and the profile cannot be saved.
    await page
      .locator('#step-profile mz-profile-editor input#avatar')
      .setInputFiles(fileURLToPath(new URL('../../demo/public/samples/avatar-with-qr.png', import.meta.url)));
    await page.locator('mz-profile-editor [part="qr-outline"]').waitFor({ timeout: 200_000 });
    await page.locator('#publish').click();
    await page.locator('#profile-result.block').waitFor();
    expect(await page.locator('#profile-result').textContent()).to.contain('资料还有问题');
    expect(await page.locator('mz-profile-editor #avatar-feedback').textContent()).to.contain('二维码');

    // The plain sample avatar passes; the card shows the name, the avatar and, once a sample address
    // is picked, the IP badge.
    await page
      .locator('#step-profile mz-profile-editor input#avatar')
      .setInputFiles(fileURLToPath(new URL('../../demo/public/samples/avatar.png', import.meta.url)));
    await page.locator('#publish').click();
    await page.locator('#profile-result.pass').waitFor();
    const card = page.locator('#account-card');
    expect(await card.isVisible()).to.equal(true);
    expect(await card.locator('[part="name"]').textContent()).to.contain('风吹麦浪');
    await card.locator('img[part="avatar"]').waitFor();
    await page.locator('#sample-ip').selectOption('14.215.177.38');
    await card.locator('mz-ip-badge [part="base"]').waitFor();
    expect(await card.locator('mz-ip-badge [part="base"]').textContent()).to.equal('IP属地：广东');
    expect(await page.locator('#step-card-label').getAttribute('aria-current')).to.equal('step');
    expect(problems).to.deep.equal([]);
  });

  it('reads 新华社 in the avatar, a phone number on the cover and a national flag in an avatar, and outlines them', async function () {
    // The reader's model and runtime load with the first image (~30 MB from the demo server).
    this.timeout(240_000);
    expect(await page.evaluate(() => crossOriginIsolated)).to.equal(true);
    await nameInput().fill('风吹麦浪');
    await phoneInput().fill('13912345678');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.locator('#step-profile').waitFor({ state: 'visible' });
    const editor = page.locator('#step-profile mz-profile-editor');
    const ready = () => editor.evaluate((element) => (element as unknown as { ready: Promise<boolean> }).ready);

    await page.locator('#use-sample-read').click();
    await editor.locator('#cover-feedback').filter({ hasText: '13812345678' }).waitFor({ timeout: 200_000 });
    await ready();
    const avatarFeedback = await editor.locator('#avatar-feedback').textContent();
    expect(avatarFeedback).to.contain('从图片中识别出的文字');
    expect(avatarFeedback).to.contain('新华社');
    expect(avatarFeedback).to.contain('第八条第（四）项');
    expect(await editor.locator('#cover-feedback').textContent()).to.contain('第八条第（六）项');
    expect(await editor.locator('[part="qr-outline"] polygon.reading').count()).to.be.at.least(2);
    await page.locator('#publish').click();
    await page.locator('#profile-result.block').waitFor();

    // The flag: a review under 10.2, outlined; the profile may be saved.
    await editor
      .locator('input#avatar')
      .setInputFiles(fileURLToPath(new URL('../../demo/public/samples/avatar-flag-badge.png', import.meta.url)));
    await editor.locator('#avatar-feedback').filter({ hasText: '国旗' }).waitFor({ timeout: 60_000 });
    await ready();
    expect(await editor.locator('[part="qr-outline"] polygon.reading.symbol').count()).to.equal(1);
    expect(problems).to.deep.equal([]);
  });

  it('switches the language of the page and of the components', async () => {
    await page.locator('#language').selectOption('en');
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('en');
    expect(await page.locator('h1').textContent()).to.equal('Create an account');
    expect(await page.locator('#signup mz-name-field label').first().textContent()).to.contain('Account name');
    await page.locator('#language').selectOption('zh-TW');
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('zh-TW');
    expect(await page.locator('h1').textContent()).to.equal('註冊帳號');
  });

  it('loads without console errors or failed requests (favicon included)', async () => {
    await page.locator('#attribution-note').waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(problems).to.deep.equal([]);
  });

  it('lets the server refuse a closed account’s name that the browser cannot know', async () => {
    await nameInput().fill('夜行書生');
    await phoneInput().fill('13800138000');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    // The server's answer shows in the result, or — when the field's own server check answered
    // first and kept the form from submitting — under the field.
    const refusal = page
      .locator('#result.block, #signup mz-name-field [part="feedback"]')
      .filter({ hasText: '已依法依约关闭的账号名称' })
      .first();
    await refusal.waitFor();
    expect(await refusal.textContent()).to.contain('第十条第三款');
    expect(await page.locator('#result.pass').count()).to.equal(0);
    expect(await page.locator('#step-profile').isVisible()).to.equal(false);
  });

  it('explains that loopback has no IP attribution until a sample address is picked', async () => {
    await page.locator('#attribution-note').waitFor();
    expect(await page.locator('#attribution-note').textContent()).to.contain('没有 IP 属地');
    await nameInput().fill('风吹麦浪');
    await page.locator('#account-card [part="name"]').waitFor();
    expect(await page.locator('#account-card mz-ip-badge [part="base"]').count()).to.equal(0);
    await page.locator('#sample-ip').selectOption('14.215.177.38');
    const badgeText = page.locator('#account-card mz-ip-badge [part="base"]');
    await badgeText.waitFor();
    expect(await badgeText.textContent()).to.equal('IP属地：广东');
    await page.locator('#attribution-note').waitFor({ state: 'hidden' });
  });
});
