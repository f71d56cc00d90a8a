/**
 * How the rule set names a county-level division by its short form (shared by compile.ts, which
 * builds the region lexicon from china-area-data, and scripts/regions-nbs.ts, which adds the names of
 * a newer division list).
 */

/** The 56 ethnic groups' names as autonomous counties and banners carry them (长阳土家族自治县 → 长阳). */
const ETHNIC_GROUPS = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 ' +
  '独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/**
 * County-level short forms that are ordinary words, given names or generic place words (合作 of
 * 合作市, 公安 of 公安县, 城关, 和平, 长子, 资源 …): a county is known by its short form in account
 * names (义乌发布, 海淀公安), but these would read an ordinary word before an organ suffix as a place.
 */
export const ORDINARY_SHORT_FORMS = new Set(
  (
    '公安 合作 友好 友谊 互助 共和 同心 同仁 和平 复兴 振兴 解放 前进 前锋 红旗 太平 安宁 安定 安乐 安居 平安 平和 平原 ' +
    '富裕 富民 富源 惠民 爱民 宏伟 新华 新民 新建 新兴 新城 新市 光明 东方 东风 中西 中原 中正 三元 三民 三山 仁爱 仁和 兴业 ' +
    '兴隆 吉利 古城 大方 大观 大名 大英 大通 大东 大安 大新 大关 大化 天桥 天心 天元 天台 天长 小店 山城 工农 市中 市北 ' +
    '市南 市辖 康乐 建华 建安 开化 无为 无极 明光 明山 朝天 河口 海港 港口 清水 清流 清河 温泉 灯塔 牡丹 玄武 白云 白沙 ' +
    '白水 白河 白塔 城东 城中 城关 城北 城厢 城西 北关 南关 江北 江南 江口 江城 江山 江海 江源 河东 河西 老城 红山 青山 ' +
    '站前 西市 西山 立山 运河 钟楼 鼓楼 莲花 芙蓉 紫金 金山 金安 金牛 铁山 资源 长安 长寿 长乐 长子 永和 永福 高明 阳春 ' +
    '阳明 青龙 龙凤 龙门 麒麟 通道 进贤 石门 石城 路北 路南 路桥 连山 铁东 铁西 龙井 龙山 龙城 龙湖 龙潭 太和 安平 东山 ' +
    '东湖 南湖 南山 北湖 二道 信义 元宝 南岸 南部 南海 卫东 双桥 向阳 和顺 平山 平川 平桥 延长 思明 志丹 方正 木兰 未央 ' +
    '松山 桥东 桥西 梁山 武功 民权 水城 滨江 滨海 滨湖 湖滨 文峰 钟山 尖山 清水河 岳阳楼 上街 中方 凤凰 卧龙 博爱 ' +
    '名山 天涯 宝塔 平定 比如 海棠 白玉 金沙 尚志 荷塘 紫阳 同德 嘉禾 七星 东海 永安 新星 白杨'
  ).split(' '),
);

/** The short form of a county-level division: its name without 县, 区, 市, 旗 or 自治县 and its peoples. */
export function countyShortForm(name: string): string {
  const autonomous = /^(.+?)自治[县旗]$/.exec(name);
  if (autonomous) {
    let stem = autonomous[1] ?? '';
    for (let changed = true; changed; ) {
      changed = false;
      for (const group of ETHNIC_GROUPS)
        if (stem.endsWith(`${group}族`)) {
          stem = stem.slice(0, -(group.length + 1));
          changed = true;
          break;
        }
    }
    return stem;
  }
  return /^(.+?)(新区|林区|特区|县|区|市|旗)$/.exec(name)?.[1] ?? name;
}

/** Development zones and other functional areas that china-area-data lists among counties. */
export const FUNCTIONAL_AREA = /开发|园|管理|示范|风景|工业|产业|高新|经济|实验|试验|农场|林场|保税/;
