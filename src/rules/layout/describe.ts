// What binds a layout, in words (zh-CN and en): "exit width limits this floor to 412 persons".
// Used by the command line and the panel alike.
import type { Locale } from '../../floorplan/types.ts';
import type { LayoutBinding } from './autoLayout.ts';

const LIMIT_NAMES: Record<string, { en: string; zh: string }> = {
  'exit-width': { en: 'exit width', zh: '安全出口总宽度' },
  'exit-count': { en: 'the number of exits', zh: '安全出口数量' },
  'fresh-air': { en: 'fresh air', zh: '新风量' },
  'area-per-seat': { en: 'area per seat', zh: '人均使用面积' },
  'volume-per-person': { en: 'volume per person', zh: '人均空间体积' },
  'stair-width': { en: 'stair width', zh: '疏散楼梯总宽度' },
};

const RULE_NAMES: Record<string, { en: string; zh: string }> = {
  'fire.travel-distance': { en: 'travel distance', zh: '疏散距离' },
  'fire.common-path': { en: 'common path of travel', zh: '公共疏散路径' },
  'fire.seat-access': { en: 'seat access', zh: '座位可达' },
  'space.desk-column': { en: 'desks on columns', zh: '工位与柱冲突' },
  'zoning.seat-in-zone': { en: 'seats outside a work zone', zh: '工位不在办公分区内' },
  'fire.extinguisher-reach': { en: 'extinguisher reach', zh: '灭火器保护距离' },
  'fire.exit-signs': { en: 'exit sign spacing', zh: '疏散指示标志间距' },
  'fire.corridor-width': { en: 'corridor and aisle width', zh: '疏散走道宽度' },
};

/** One binding as a sentence; `zoneName` names the zone a zone limit applies to. */
export function bindingText(b: LayoutBinding, locale: Locale, zoneName?: string): string {
  const zh = locale === 'zh-CN';
  const limit = b.limit ? LIMIT_NAMES[b.limit] : undefined;
  if (limit && b.allows !== null) {
    if (b.zoneId) return zh ? `${limit.zh}限制分区「${zoneName ?? b.zoneId}」至 ${b.allows} 人` : `${limit.en} limits zone ${zoneName ?? b.zoneId} to ${b.allows} persons`;
    return zh ? `${limit.zh}限制本层至 ${b.allows} 人` : `${limit.en} limits this floor to ${b.allows} persons`;
  }
  const rule = RULE_NAMES[b.ruleId] ?? { en: b.ruleId, zh: b.ruleId };
  if (b.near) return zh ? `${rule.zh}：移除了通道过窄处的 ${b.removed} 个工位` : `${rule.en}: ${b.removed} desks removed where an aisle was too narrow`;
  return zh ? `${rule.zh}：移除了 ${b.removed} 个离出口最远的工位` : `${rule.en}: ${b.removed} desks farthest from the exits removed`;
}

/** "nothing binds" when the geometry alone set the count. */
export function nothingBinds(locale: Locale): string {
  return locale === 'zh-CN' ? '无规范限制：座位数由平面几何决定' : 'no rule binds: the geometry sets the seat count';
}

/**
 * The seats a layout gives against the seats the demand needs: "needs 412, layout gives 498:
 * 86 spare" / "short by 14".
 */
export function demandText(needed: number, seats: number, locale: Locale): string {
  const balance = seats - needed;
  if (locale === 'zh-CN') return `需求 ${needed} 座，布置得 ${seats} 座：${balance >= 0 ? `富余 ${balance} 座` : `缺 ${-balance} 座`}`;
  return `needs ${needed}, layout gives ${seats}: ${balance >= 0 ? `${balance} spare` : `short by ${-balance}`}`;
}
