/**
 * The demo signup page as a visitor uses it: started with `npm start`'s own command, driven in
 * Chromium. A blocked name cannot be submitted; an acceptable one is accepted by the server; a
 * closed account's name, which passes in the browser, is refused by the server; on loopback the
 * page explains the missing IP attribution and shows a sample one.
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
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/precheck')) posts.push(request.postData() ?? '');
    });
    await page.goto(demo.url);
    await page.locator('mz-name-field input').waitFor();
  });

  afterEach(async () => {
    await page?.close();
  });

  const nameInput = () => page.locator('mz-name-field input');
  const phoneInput = () => page.locator('mz-identity-field input');
  const result = () => page.locator('#result');

  it('refuses to submit a blocked name, and says why', async () => {
    await nameInput().fill('新华社快讯');
    await phoneInput().fill('13800138000');
    await page.locator('mz-name-field').filter({ hasText: '可能假冒新闻媒体' }).waitFor();
    await page.getByRole('button', { name: '注册' }).click();
    expect(await page.locator('mz-name-field [part="feedback"]').textContent()).to.contain('第八条第（四）项');
    expect(posts.filter((body) => body.includes('新华社快讯'))).to.deep.equal([]);
    expect(await result().textContent()).to.equal('');
  });

  it('submits an acceptable name, which the server accepts', async () => {
    await nameInput().fill('风吹麦浪');
    await phoneInput().fill('13800138000');
    await page.getByRole('button', { name: '注册' }).click();
    await page.locator('#result.pass').waitFor();
    expect(await result().textContent()).to.contain('注册成功：服务器复核通过');
    expect(posts.map((body) => JSON.parse(body))).to.deep.include({ name: '风吹麦浪' });
  });

  it('lets the server refuse a closed account’s name that the browser cannot know', async () => {
    await nameInput().fill('夜行書生');
    await phoneInput().fill('13800138000');
    await page.getByRole('button', { name: '注册' }).click();
    await page.locator('#result.block').waitFor();
    const text = await result().textContent();
    expect(text).to.contain('服务器拒绝了这个名称');
    expect(text).to.contain('已依法依约关闭的账号名称');
    expect(text).to.contain('第十条第三款');
  });

  it('explains that loopback has no IP attribution, and shows a sample address’s badge', async () => {
    await page.locator('#attribution-note').waitFor();
    expect(await page.locator('#attribution-note').textContent()).to.contain('没有 IP 属地');
    expect(await page.locator('#badge').evaluate((badge) => badge.shadowRoot?.textContent?.trim())).to.equal('');
    await page.locator('#sample-ip').selectOption('14.215.177.38');
    const badgeText = page.locator('#badge [part="base"]');
    await badgeText.waitFor();
    expect(await badgeText.textContent()).to.equal('IP属地：广东');
  });
});
