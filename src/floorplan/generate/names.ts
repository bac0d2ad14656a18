// Display names for generated zones and buildings in the plan's language.
import type { Locale, ZoneUse } from '../types.ts';

/** zh-CN, en, or both side by side ("话务一区 Call area 1") for demo files read by either team. */
export type NameStyle = Locale | 'bilingual';

const ZH: Record<ZoneUse, string> = {
  work: '话务区',
  management: '业务管理区',
  rest: '休息区',
  meeting: '会议室',
  training: '培训室',
  canteen: '员工食堂',
  dormitory: '宿舍',
  server: '机房',
  power: '电源机房',
  cabling: '综合布线机房',
  toilet: '卫生间',
  corridor: '走道',
  storage: '储藏间',
};

const EN: Record<ZoneUse, string> = {
  work: 'Call area',
  management: 'Team management',
  rest: 'Break room',
  meeting: 'Meeting room',
  training: 'Training room',
  canteen: 'Staff canteen',
  dormitory: 'Dormitory',
  server: 'Server room',
  power: 'UPS room',
  cabling: 'Cabling room',
  toilet: 'Toilets',
  corridor: 'Corridor',
  storage: 'Store',
};

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十; plain digits from 100 on. */
export function chineseNumber(n: number): string {
  if (n <= 10) return ZH_DIGITS[n] ?? String(n);
  if (n < 20) return `十${ZH_DIGITS[n - 10]}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : ZH_DIGITS[n % 10]}`;
  return String(n);
}

function zh(use: ZoneUse, index?: number): string {
  if (index === undefined) return ZH[use];
  if (use === 'work') return `话务${chineseNumber(index)}区`;
  if (use === 'dormitory') return `宿舍${index}`;
  return `${ZH[use]}${index}`;
}

function en(use: ZoneUse, index?: number): string {
  return index === undefined ? EN[use] : `${EN[use]} ${index}`;
}

/** A zone's name; `index` numbers rooms of the same use (话务一区, 培训室2, Dormitory 305). */
export function zoneName(style: NameStyle, use: ZoneUse, index?: number): string {
  if (style === 'zh-CN') return zh(use, index);
  if (style === 'en') return en(use, index);
  return `${zh(use, index)} ${en(use, index)}`;
}

/** Building letters A … Z, then AA, AB, … */
export function buildingLetter(index: number): string {
  let n = index;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

export function buildingName(style: NameStyle, letter: string, kind: 'call' | 'amenity'): string {
  const zhName = `${letter}栋 ${kind === 'call' ? '话务楼' : '综合楼'}`;
  const enName = `Building ${letter} (${kind === 'call' ? 'call center' : 'amenities'})`;
  return style === 'zh-CN' ? zhName : style === 'en' ? enName : `${zhName} ${enName}`;
}
