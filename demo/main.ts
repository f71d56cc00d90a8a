/**
 * The demo page's wiring. The fields check as the user types; on submit the page posts the
 * account information to the server (`/api/precheck`) and shows the server's verdict — the one
 * that counts. The IP badge shows the visitor's attribution from `/api/attribution`; on localhost
 * there is none, so the visitor may pick a sample address.
 */
import '@mingzheng/elements';
import type { MzIdentityField, MzIpBadge, MzNameField } from '@mingzheng/elements';
import { formatMessage, type Verdict } from '@mingzheng/precheck';

interface AttributionAnswer {
  region: { country: string | null; province: string | null } | null;
  label: string | null;
  reason?: string;
}

const SAMPLE_IPS: [string, string][] = [
  ['14.215.177.38', '广东（电信）'],
  ['123.125.114.144', '北京（联通）'],
  ['2400:3200::1', '浙江（IPv6）'],
  ['8.8.8.8', '美国'],
  ['133.242.1.1', '日本'],
  ['202.181.128.1', '香港'],
];

const form = document.querySelector<HTMLFormElement>('#signup') as HTMLFormElement;
const nameField = form.querySelector<MzNameField>('mz-name-field') as MzNameField;
const phoneField = form.querySelector<MzIdentityField>('mz-identity-field') as MzIdentityField;
const result = document.querySelector<HTMLElement>('#result') as HTMLElement;
const badge = document.querySelector<MzIpBadge>('#badge') as MzIpBadge;
const previewName = document.querySelector<HTMLElement>('#preview-name') as HTMLElement;

function show(kind: 'pass' | 'review' | 'block' | 'error', title: string, lines: string[] = []): void {
  result.className = `result ${kind}`;
  const heading = document.createElement('strong');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  result.replaceChildren(heading, ...(lines.length > 0 ? [list] : []));
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const account = { name: String(data.get('name') ?? ''), bio: String(data.get('bio') ?? '') };
  show('review', '正在由服务器复核…');
  try {
    const response = await fetch('/api/precheck', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account.bio ? account : { name: account.name }),
    });
    const body = (await response.json()) as Verdict | { error: { message: string } };
    if (!response.ok || !('verdict' in body)) {
      show('error', '服务器拒绝了这个请求', ['error' in body ? body.error.message : String(response.status)]);
      return;
    }
    const messages = body.findings.map((finding) => formatMessage(finding.message, finding.article, 'zh-CN'));
    if (body.verdict === 'pass') {
      show('pass', `注册成功：服务器复核通过（规则集 ${body.rulesetVersion}）`, [
        `手机号 ${data.get('phone')} 已随表单提交。`,
      ]);
    } else if (body.verdict === 'review') {
      show('review', '已提交，服务器要求人工复核：', messages);
    } else {
      show('block', '服务器拒绝了这个名称：', messages);
    }
  } catch {
    show('error', '连接不到服务器，请稍后再试。');
  }
});

nameField.addEventListener('input', () => {
  previewName.textContent = nameField.value || '（未填写名称）';
  result.replaceChildren();
  result.className = 'result';
});
phoneField.addEventListener('input', () => {
  result.replaceChildren();
  result.className = 'result';
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-name]')) {
  button.addEventListener('click', async () => {
    nameField.value = button.dataset.name ?? '';
    nameField.showFeedback = true;
    previewName.textContent = nameField.value;
    await nameField.updateComplete;
    nameField.focus();
  });
}

async function loadAttribution(ip = ''): Promise<AttributionAnswer | undefined> {
  try {
    const response = await fetch(`/api/attribution${ip ? `?ip=${encodeURIComponent(ip)}` : ''}`);
    return response.ok ? ((await response.json()) as AttributionAnswer) : undefined;
  } catch {
    return undefined;
  }
}

function regionOf(answer: AttributionAnswer | undefined) {
  if (!answer?.region) return undefined;
  return {
    ...(answer.region.country && { country: answer.region.country }),
    ...(answer.region.province && { province: answer.region.province }),
  };
}

const own = await loadAttribution();
badge.region = regionOf(own);
if (!own?.label) {
  const note = document.querySelector<HTMLElement>('#attribution-note') as HTMLElement;
  note.textContent =
    own?.reason === 'private'
      ? '你正从本机或内网地址（如 127.0.0.1）访问，这类地址没有 IP 属地，所以不显示标签。可以选一个示例地址看看效果：'
      : '查不到你的 IP 属地，所以不显示标签（平台在属地未知时省略它）。可以选一个示例地址：';
  note.hidden = false;
  const picker = document.querySelector<HTMLElement>('#ip-picker') as HTMLElement;
  const select = picker.querySelector('select') as HTMLSelectElement;
  for (const [ip, label] of SAMPLE_IPS) select.add(new Option(`${label} · ${ip}`, ip));
  select.addEventListener('change', async () => {
    badge.region = select.value ? regionOf(await loadAttribution(select.value)) : undefined;
  });
  picker.hidden = false;
}
