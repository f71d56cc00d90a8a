/**
 * The demo page's wiring: the whole journey of an account. 1. Sign up: the fields check as the user
 * types; on submit the page posts the name to the server (`/api/precheck`) and shows the server's
 * verdict — the one that counts. 2. Complete the profile in mz-profile-editor (sample avatars, one
 * with a QR code, are served from demo/public/samples/). 3. The public account card, with the IP
 * badge of the visitor's attribution from `/api/attribution`; on localhost there is none, so the
 * visitor may pick a sample address. Technical details (rule-set version, verdict source) stay in
 * a collapsed developer panel. A language switch sets <html lang>, which the components follow.
 */
import '@mingzheng/elements';
import type {
  MzAccountCard,
  MzIdentityField,
  MzIpBadge,
  MzNameField,
  MzProfileChangeEvent,
  MzProfileEditor,
} from '@mingzheng/elements';
import { maskPhone, type Verdict } from '@mingzheng/precheck';

interface AttributionAnswer {
  region: { country: string | null; province: string | null } | null;
  label: string | null;
  reason?: string;
}

type Locale = 'zh-CN' | 'zh-TW' | 'en';
type Region = NonNullable<MzIpBadge['region']>;

const TEXT = {
  'zh-CN': {
    title: '注册账号',
    intro: '名称在浏览器里即时预检；提交时由服务器复核，以服务器的结论为准。',
    language: '语言',
    nameLabel: '账号名称',
    nameHint: '不得假冒党政机关、新闻媒体、地名等，不得夹带联系方式。',
    namePlaceholder: '2–20 个字',
    phoneHint: '用于实名认证，只随表单提交。',
    stepSignup: '1 注册',
    stepProfile: '2 完善资料',
    stepCard: '3 公开主页',
    signupHeading: '第一步：注册',
    submit: '注册',
    tryHeading: '试一试',
    exampleMedia: '假冒新闻媒体，浏览器直接拦下',
    exampleStrict: '含「中华」，需从严核验',
    exampleQualification: '医疗卫生领域，需要资质',
    exampleClosed: '已关闭账号的繁体写法，服务器拦下',
    exampleOk: '可以使用',
    profileHeading: '第二步：完善资料',
    profileIntro: '头像、封面和简介同样要合规：图片在本机检查是否含二维码、机构名称、联系方式和国旗党旗，不会上传。',
    samplesLabel: '示例头像：',
    sampleQr: '含二维码的头像',
    samplePlain: '普通头像',
    useSampleQr: '直接试用含二维码的头像',
    samplesReadLabel: '示例图片：',
    sampleNewsAgency: '写着「新华社」的头像',
    sampleCoverPhone: '带电话号码的封面',
    sampleFlagBadge: '带国旗的头像',
    useSampleRead: '直接试用文字和国旗示例',
    publish: '保存并查看公开主页',
    cardHeading: '公开主页预览',
    cardEmpty: '填写账号名称后，这里显示他人看到的账号主页。',
    sampleIp: '示例 IP 地址',
    noSample: '（不选）',
    developer: '开发者信息',
    checking: '正在由服务器复核…',
    refused: '服务器拒绝了这个请求',
    accepted: '注册成功，欢迎！',
    phoneSent: (phone: string) => `手机号 ${phone} 已随表单提交。`,
    nextStep: '下一步：完善资料。',
    review: '已提交，需要人工复核：',
    blocked: '服务器拒绝了这个名称：',
    offline: '连接不到服务器，请稍后再试。',
    profileBlocked: '资料还有问题：请按各项下方的提示修改后再保存。',
    profileSaved: '资料已保存，公开主页如右侧所示。',
    noAttributionPrivate:
      '你正从本机或内网地址访问，这类地址没有 IP 属地，所以不显示标签。可以选一个示例地址看看效果：',
    noAttribution: '查不到你的 IP 属地，所以不显示标签。可以选一个示例地址：',
    rulesetVersion: '规则集版本',
    verdictSource: '复核结论来自',
    serverSource: '服务器（同一引擎、同一规则集，加上已关闭账号名单）',
  },
  'zh-TW': {
    title: '註冊帳號',
    intro: '名稱在瀏覽器裡即時預檢；提交時由伺服器複核，以伺服器的結論為準。',
    language: '語言',
    nameLabel: '帳號名稱',
    nameHint: '不得冒用黨政機關、新聞媒體、地名等，不得夾帶聯絡方式。',
    namePlaceholder: '2–20 個字',
    phoneHint: '用於實名認證，只隨表單提交。',
    stepSignup: '1 註冊',
    stepProfile: '2 完善資料',
    stepCard: '3 公開主頁',
    signupHeading: '第一步：註冊',
    submit: '註冊',
    tryHeading: '試一試',
    exampleMedia: '假冒新聞媒體，瀏覽器直接攔下',
    exampleStrict: '含「中華」，需從嚴核驗',
    exampleQualification: '醫療衛生領域，需要資質',
    exampleClosed: '已關閉帳號的繁體寫法，伺服器攔下',
    exampleOk: '可以使用',
    profileHeading: '第二步：完善資料',
    profileIntro: '頭像、封面和簡介同樣要合規：圖片在本機檢查是否含 QR 碼、機構名稱、聯絡方式和國旗黨旗，不會上傳。',
    samplesLabel: '示例頭像：',
    sampleQr: '含 QR 碼的頭像',
    samplePlain: '普通頭像',
    useSampleQr: '直接試用含 QR 碼的頭像',
    samplesReadLabel: '示例圖片：',
    sampleNewsAgency: '寫著「新华社」的頭像',
    sampleCoverPhone: '帶電話號碼的封面',
    sampleFlagBadge: '帶國旗的頭像',
    useSampleRead: '直接試用文字和國旗示例',
    publish: '儲存並查看公開主頁',
    cardHeading: '公開主頁預覽',
    cardEmpty: '填寫帳號名稱後，這裡顯示他人看到的帳號主頁。',
    sampleIp: '示例 IP 位址',
    noSample: '（不選）',
    developer: '開發者資訊',
    checking: '正在由伺服器複核…',
    refused: '伺服器拒絕了這個請求',
    accepted: '註冊成功，歡迎！',
    phoneSent: (phone: string) => `手機號碼 ${phone} 已隨表單提交。`,
    nextStep: '下一步：完善資料。',
    review: '已提交，需要人工複核：',
    blocked: '伺服器拒絕了這個名稱：',
    offline: '連不上伺服器，請稍後再試。',
    profileBlocked: '資料還有問題：請按各項下方的提示修改後再儲存。',
    profileSaved: '資料已儲存，公開主頁如右側所示。',
    noAttributionPrivate:
      '你正從本機或內網位址存取，這類位址沒有 IP 屬地，所以不顯示標籤。可以選一個示例位址看看效果：',
    noAttribution: '查不到你的 IP 屬地，所以不顯示標籤。可以選一個示例位址：',
    rulesetVersion: '規則集版本',
    verdictSource: '複核結論來自',
    serverSource: '伺服器（同一引擎、同一規則集，加上已關閉帳號名單）',
  },
  en: {
    title: 'Create an account',
    intro:
      'The name is pre-checked in the browser as you type; on submit the server checks it again, and its answer counts.',
    language: 'Language',
    nameLabel: 'Account name',
    nameHint: 'No impersonating authorities, news media or places; no contact details.',
    namePlaceholder: '2–20 characters',
    phoneHint: 'For real-name verification; sent only with the form.',
    stepSignup: '1 Sign up',
    stepProfile: '2 Profile',
    stepCard: '3 Public page',
    signupHeading: 'Step 1: sign up',
    submit: 'Sign up',
    tryHeading: 'Try these',
    exampleMedia: 'impersonates a news outlet: blocked in the browser',
    exampleStrict: 'contains 中华: needs a stricter review',
    exampleQualification: 'medical domain: needs a qualification',
    exampleClosed: 'a closed account, in traditional characters: refused by the server',
    exampleOk: 'fine to use',
    profileHeading: 'Step 2: complete your profile',
    profileIntro:
      'Avatar, cover and bio must comply too: images are checked on this device, never uploaded, for QR codes, names of institutions, contact details and the national or Party flag.',
    samplesLabel: 'Sample avatars:',
    sampleQr: 'with a QR code',
    samplePlain: 'plain',
    useSampleQr: 'Try the one with a QR code',
    samplesReadLabel: 'Sample images:',
    sampleNewsAgency: 'avatar reading 新华社',
    sampleCoverPhone: 'cover with a phone number',
    sampleFlagBadge: 'avatar with the national flag',
    useSampleRead: 'Try the text and flag samples',
    publish: 'Save and view the public page',
    cardHeading: 'Public page preview',
    cardEmpty: 'Once you enter a name, this shows your account page as others see it.',
    sampleIp: 'Sample IP address',
    noSample: '(none)',
    developer: 'Developer details',
    checking: 'The server is checking…',
    refused: 'The server refused the request',
    accepted: 'Welcome, your account is registered!',
    phoneSent: (phone: string) => `Phone number ${phone} was sent with the form.`,
    nextStep: 'Next: complete your profile.',
    review: 'Submitted; a person will review it:',
    blocked: 'The server refused this name:',
    offline: 'Cannot reach the server; please try again later.',
    profileBlocked: 'The profile needs changes: see the notes under each item, then save again.',
    profileSaved: 'Profile saved; your public page is shown alongside.',
    noAttributionPrivate:
      'You are visiting from this computer or a private network, which has no IP attribution, so no badge is shown. Pick a sample address to see one:',
    noAttribution: 'Your IP attribution is unknown, so no badge is shown. Pick a sample address:',
    rulesetVersion: 'Rule set version',
    verdictSource: 'Verdict from',
    serverSource: 'the server (same engine and rule set, plus the closed-account registry)',
  },
} satisfies Record<Locale, Record<string, string | ((phone: string) => string)>>;

const SAMPLE_IPS: [string, Record<Locale, string>][] = [
  ['14.215.177.38', { 'zh-CN': '广东（电信）', 'zh-TW': '廣東（電信）', en: 'Guangdong (China Telecom)' }],
  ['123.125.114.144', { 'zh-CN': '北京（联通）', 'zh-TW': '北京（聯通）', en: 'Beijing (China Unicom)' }],
  ['2400:3200::1', { 'zh-CN': '浙江（IPv6）', 'zh-TW': '浙江（IPv6）', en: 'Zhejiang (IPv6)' }],
  ['8.8.8.8', { 'zh-CN': '美国', 'zh-TW': '美國', en: 'United States' }],
  ['133.242.1.1', { 'zh-CN': '日本', 'zh-TW': '日本', en: 'Japan' }],
  ['202.181.128.1', { 'zh-CN': '香港', 'zh-TW': '香港', en: 'Hong Kong' }],
];

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

const form = $<HTMLFormElement>('#signup');
const nameField = form.querySelector('mz-name-field') as MzNameField;
const phoneField = form.querySelector('mz-identity-field') as MzIdentityField;
const result = $<HTMLElement>('#result');
const profileStep = $<HTMLElement>('#step-profile');
const editor = $<MzProfileEditor>('#profile');
const profileResult = $<HTMLElement>('#profile-result');
const card = $<MzAccountCard>('#account-card');
const cardEmpty = $<HTMLElement>('#card-empty');
const note = $<HTMLElement>('#attribution-note');
const picker = $<HTMLElement>('#ip-picker');
const select = $<HTMLSelectElement>('#sample-ip');
const languageSelect = $<HTMLSelectElement>('#language');
const developerInfo = $<HTMLElement>('#developer-info');

let locale: Locale = 'zh-CN';
const text = () => TEXT[locale];

/** What the developer panel lists: rule-set version, verdict source and the like. */
const developerDetails = new Map<keyof (typeof TEXT)['en'], string>();

function renderDeveloperInfo(): void {
  developerInfo.replaceChildren(
    ...[...developerDetails].flatMap(([key, value]) => {
      const term = document.createElement('dt');
      term.textContent = String(text()[key]);
      const detail = document.createElement('dd');
      detail.textContent = value === 'server' ? text().serverSource : value;
      return [term, detail];
    }),
  );
}

function show(
  target: HTMLElement,
  kind: 'pass' | 'review' | 'block' | 'error',
  title: string,
  lines: string[] = [],
): void {
  target.className = `result ${kind}`;
  const heading = document.createElement('strong');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  target.replaceChildren(heading, ...(lines.length > 0 ? [list] : []));
}

function clear(target: HTMLElement): void {
  target.replaceChildren();
  target.className = 'result';
}

function markStep(step: 'signup' | 'profile' | 'card'): void {
  for (const id of ['signup', 'profile', 'card']) {
    const item = $<HTMLElement>(`#step-${id}-label`);
    item.classList.toggle('current', id === step);
    if (id === step) item.setAttribute('aria-current', 'step');
    else item.removeAttribute('aria-current');
  }
}

/** The public card previews the account name (from sign-up, then the profile) and its attribution. */
let cardName = '';
function updateCard(name = cardName): void {
  cardName = name.trim();
  card.name = cardName;
  card.hidden = cardName === '';
  cardEmpty.hidden = !card.hidden;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const name = String(data.get('name') ?? '');
  show(result, 'review', text().checking);
  try {
    // The server words the findings in the page's language: the sentences the field shows.
    const response = await fetch(`/api/precheck?locale=${locale}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    const body = (await response.json()) as
      | (Verdict & { messages: { text: string }[] })
      | { error: { message: string } };
    if (!response.ok || !('verdict' in body)) {
      show(result, 'error', text().refused, ['error' in body ? body.error.message : String(response.status)]);
      return;
    }
    developerDetails.set('rulesetVersion', body.rulesetVersion);
    developerDetails.set('verdictSource', 'server');
    renderDeveloperInfo();
    const messages = body.messages.map((message) => message.text);
    if (body.verdict === 'block') {
      show(result, 'block', text().blocked, messages);
      return;
    }
    // The number is masked here as in the field: the page never prints it in full.
    const phone = maskPhone(String(data.get('phone') ?? ''));
    if (body.verdict === 'pass') show(result, 'pass', text().accepted, [text().phoneSent(phone), text().nextStep]);
    else show(result, 'review', text().review, [...messages, text().phoneSent(phone)]);
    updateCard(name);
    profileStep.hidden = false;
    markStep('profile');
    await editor.updateComplete;
  } catch {
    show(result, 'error', text().offline);
  }
});

nameField.addEventListener('input', () => {
  updateCard(nameField.value);
  clear(result);
});
phoneField.addEventListener('input', () => clear(result));

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-name]')) {
  button.addEventListener('click', async () => {
    nameField.value = button.dataset.name ?? '';
    nameField.showFeedback = true;
    updateCard(nameField.value);
    clear(result);
    await nameField.updateComplete;
    nameField.focus();
  });
}

editor.addEventListener('mz-profile-change', (event: MzProfileChangeEvent) => {
  clear(profileResult);
  if (event.info.name) updateCard(event.info.name);
  const avatar = event.info.avatar;
  const avatarBlocked = event.verdict.findings.some((finding) => finding.field === 'avatar');
  if (card.avatar.startsWith('blob:')) URL.revokeObjectURL(card.avatar);
  card.avatar = avatar instanceof Blob && !avatarBlocked ? URL.createObjectURL(avatar) : '';
});

$<HTMLButtonElement>('#use-sample-qr').addEventListener('click', async () => {
  const response = await fetch('/samples/avatar-with-qr.png');
  const file = new File([await response.blob()], 'avatar-with-qr.png', { type: 'image/png' });
  await editor.selectImage('avatar', file);
});

/** The samples whose text and symbols the editor reads on the device: 新华社 in the avatar, a phone number on the cover. */
$<HTMLButtonElement>('#use-sample-read').addEventListener('click', async () => {
  const load = async (name: string) =>
    new File([await (await fetch(`/samples/${name}`)).blob()], name, { type: 'image/png' });
  const [avatar, cover] = await Promise.all([load('avatar-news-agency.png'), load('cover-phone.png')]);
  await Promise.all([editor.selectImage('avatar', avatar), editor.selectImage('cover', cover)]);
});

$<HTMLButtonElement>('#publish').addEventListener('click', async () => {
  await editor.ready;
  const verdict = editor.verdict;
  if (verdict?.verdict === 'block') {
    // What is wrong, and where, is shown under each control of the editor.
    show(profileResult, 'block', text().profileBlocked);
    return;
  }
  show(profileResult, 'pass', text().profileSaved);
  markStep('card');
});

async function loadAttribution(ip = ''): Promise<AttributionAnswer | undefined> {
  try {
    const response = await fetch(`/api/attribution${ip ? `?ip=${encodeURIComponent(ip)}` : ''}`);
    return response.ok ? ((await response.json()) as AttributionAnswer) : undefined;
  } catch {
    return undefined;
  }
}

function regionOf(answer: AttributionAnswer | undefined): Region | undefined {
  if (!answer?.region) return undefined;
  return {
    ...(answer.region.country && { country: answer.region.country }),
    ...(answer.region.province && { province: answer.region.province }),
  } as Region;
}

function setRegion(region: Region | undefined): void {
  card.region = region;
}

/** Why the visitor has no badge of their own, while the explanation is on show. */
let noteReason: 'noAttributionPrivate' | 'noAttribution' | undefined;

function applyLanguage(next: Locale): void {
  locale = next;
  document.documentElement.lang = next;
  document.title = `${text().title} · 名正`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = text()[element.dataset.text as keyof (typeof TEXT)['en']];
    if (typeof value === 'string') element.textContent = value;
  }
  for (const option of select.options) {
    const sample = SAMPLE_IPS.find(([ip]) => ip === option.value);
    if (sample) option.text = `${sample[1][locale]} · ${sample[0]}`;
  }
  if (noteReason) note.textContent = text()[noteReason];
  nameField.label = text().nameLabel;
  nameField.hint = text().nameHint;
  nameField.placeholder = text().namePlaceholder;
  phoneField.hint = text().phoneHint;
  renderDeveloperInfo();
}

languageSelect.addEventListener('change', () => applyLanguage(languageSelect.value as Locale));

const own = await loadAttribution();
setRegion(regionOf(own));
if (!own?.label) {
  noteReason = own?.reason === 'private' ? 'noAttributionPrivate' : 'noAttribution';
  note.textContent = text()[noteReason];
  note.hidden = false;
  for (const [ip, labels] of SAMPLE_IPS) select.add(new Option(`${labels[locale]} · ${ip}`, ip));
  select.addEventListener('change', async () => {
    setRegion(select.value ? regionOf(await loadAttribution(select.value)) : undefined);
    // Once a sample address is shown, the explanation of the missing one no longer applies.
    note.hidden = select.value !== '';
  });
  picker.hidden = false;
}
