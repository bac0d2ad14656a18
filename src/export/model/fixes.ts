// 整改建议: the usual remedy for each rule, printed beside a failing or warning finding.
import type { Locale } from '../../floorplan/types.ts';

const FIXES: Record<string, { zh: string; en: string }> = {
  'fire.exit-count': { zh: '增设安全出口或疏散楼梯，或减少该区域人数。', en: 'Add an exit or stair, or reduce the occupant load.' },
  'fire.exit-separation': { zh: '调整安全出口位置，使两个出口最近边缘间距不小于 5 m。', en: 'Move exits further apart.' },
  'fire.travel-distance': { zh: '增设出口或调整工位布置，缩短疏散距离。', en: 'Add an exit or rearrange seats to shorten travel.' },
  'fire.egress-width': { zh: '加宽安全出口或增设出口，或减少楼层人数。', en: 'Widen or add exits, or reduce the floor’s persons.' },
  'fire.door-width': { zh: '将门净宽加大至不小于要求值。', en: 'Widen the door to the required clear width.' },
  'fire.room-doors': { zh: '为该房间增设一个疏散门。', en: 'Add a second door to the room.' },
  'fire.compartment-area': { zh: '增设防火墙划分防火分区。', en: 'Subdivide with fire walls.' },
  'fire.door-rating': { zh: '更换为规定耐火等级的防火门。', en: 'Fit a door of the required fire rating.' },
  'fire.extinguisher-reach': { zh: '增设灭火器配置点。', en: 'Add extinguisher points.' },
  'fire.extinguisher-inspection': { zh: '安排检查并登记检查日期。', en: 'Inspect and record the date.' },
  'fire.equipment-inspection': { zh: '安排检查并在消防设施台账中登记。', en: 'Inspect and record it in the fire register.' },
  'fire.seat-access': { zh: '调整工位或隔墙，保证通道连通到出口。', en: 'Move desks or walls so the seat reaches an exit.' },
  'light.illuminance': { zh: '增加灯具数量或光通量。', en: 'Add luminaires or raise their flux.' },
  'light.uniformity': { zh: '调整灯具布置，使照度更均匀。', en: 'Re-space luminaires for even light.' },
  'light.power-density': { zh: '采用更高光效的灯具，降低照明功率密度。', en: 'Use more efficient luminaires.' },
  'vent.fresh-air': { zh: '增加新风量或减少人数。', en: 'Raise outdoor air or reduce persons.' },
  'vent.openable-window': { zh: '增大可开启窗扇比例。', en: 'Increase the openable area.' },
  'space.area-per-seat': { zh: '减少工位或扩大区域面积。', en: 'Reduce seats or enlarge the zone.' },
  'space.clear-height': { zh: '提高净高（调整吊顶）。', en: 'Raise the ceiling.' },
  'space.desk-column': { zh: '移动或缩小工位，避开柱子。', en: 'Move or resize the desk clear of the column.' },
  'zoning.functional-areas': { zh: '补设缺少的业务管理区或休息区。', en: 'Add the missing management or rest zone.' },
  'zoning.rest-reach': { zh: '就近增设休息区。', en: 'Add a rest area nearer the seats.' },
  'zoning.seat-in-zone': { zh: '将工位移入话务、管理或培训区，或调整区域边界。', en: 'Move the seat into a work zone or redraw the zone.' },
  'zoning.overlap': { zh: '修正重叠的区域边界。', en: 'Fix the overlapping zone outlines.' },
  'site.far': { zh: '减少建筑面积。', en: 'Reduce gross floor area.' },
  'site.coverage': { zh: '减少建筑基底面积。', en: 'Reduce building footprints.' },
  'site.green': { zh: '增加绿地面积。', en: 'Add green area.' },
  'site.height': { zh: '降低建筑高度。', en: 'Reduce building height.' },
  'site.setback': { zh: '调整建筑位置，满足退线要求。', en: 'Move the building to meet the setback.' },
  'site.fire-separation': { zh: '加大建筑间距或采取防火墙等措施。', en: 'Increase the separation or add fire walls.' },
};

export function recommendedFix(ruleId: string, locale: Locale): string {
  const fix = FIXES[ruleId];
  if (!fix) return '';
  return locale === 'en' ? fix.en : fix.zh;
}
