/**
 * The registry bench's names: the i-th generated closed account's name (the same for every run) and
 * the fixed set of look-ups a signup sends (registry.ts, registry-cpu.ts).
 */
const LOOKUPS = 4_000;

const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你说而过子后自' +
  '家心多天小学么年动都同现所方发工样都如还进回民长物意明高手月之力起见与把好主头机水实定正' +
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程' +
  '风云雨雪花月山海星光夜梦晨晚春秋冬夏心语歌诗书画茶酒琴剑鱼鸟猫狗熊龙凤虎鹿兔羊';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th generated name (the same for every run). */
export function nameOf(i: number): string {
  const random = rng(i * 2654435761);
  if (random() < 0.1) {
    const length = 5 + Math.floor(random() * 8);
    let name = '';
    for (let c = 0; c < length; c++) name += LATIN[Math.floor(random() * LATIN.length)];
    return `${name}${i % 1000}`;
  }
  const roll = random();
  const length = roll < 0.1 ? 2 : roll < 0.85 ? 3 + Math.floor(random() * 3) : 6 + Math.floor(random() * 3);
  let name = '';
  for (let c = 0; c < length; c++) name += COMMON[Math.floor(random() * COMMON.length)];
  return name;
}

/** The look-ups: filed names and their variations, and new names, in a fixed order. */
export function queries(total: number): string[] {
  const random = rng(99);
  const list: string[] = [];
  const TRAD: Record<string, string> = {
    国: '國',
    学: '學',
    长: '長',
    风: '風',
    云: '雲',
    梦: '夢',
    书: '書',
    画: '畫',
    鱼: '魚',
    鸟: '鳥',
    龙: '龍',
    凤: '鳳',
  };
  for (let q = 0; q < LOOKUPS; q++) {
    const name = nameOf(Math.floor(random() * total));
    const kind = q % 5;
    if (kind === 0) list.push(name);
    else if (kind === 1) list.push([...name].map((c) => TRAD[c] ?? c).join(' '));
    else if (kind === 2)
      list.push(`${name}啊`); // one insertion: a near spelling
    else if (kind === 3) list.push([...name].reverse().join(''));
    else list.push(nameOf(total + q)); // a name never filed
  }
  return list;
}
