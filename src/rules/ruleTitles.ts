// What a person calls each rule, in both languages: a short title ("灭火器月度检查") and the
// thing one finding of it is about, to count a group of findings ("3 具灭火器", "3 extinguishers").
// Pure data, so the panel, the reports, the CSV and the command line print the same words.
import type { Locale } from '../floorplan/types.ts';

interface RuleWords {
  zh: string;
  en: string;
  /** measure word + noun, written after the number: 3 具灭火器 */
  zhSubject: string;
  /** [one, many] */
  enSubject: [string, string];
}

const PLACES = { zhSubject: '处', enSubject: ['location', 'locations'] as [string, string] };
const ZONES = { zhSubject: '个区域', enSubject: ['zone', 'zones'] as [string, string] };
const FLOORS = { zhSubject: '个楼层', enSubject: ['floor', 'floors'] as [string, string] };
const DOORS = { zhSubject: '樘门', enSubject: ['door', 'doors'] as [string, string] };
const BUILDINGS = { zhSubject: '栋建筑', enSubject: ['building', 'buildings'] as [string, string] };
const CHECKS = { zhSubject: '项', enSubject: ['check', 'checks'] as [string, string] };

const WORDS: Record<string, RuleWords> = {
  'fire.exit-count': { zh: '安全出口数量', en: 'Number of exits', ...PLACES },
  'fire.exit-separation': { zh: '安全出口间距', en: 'Distance between exits', ...PLACES },
  'fire.travel-distance': { zh: '安全疏散距离', en: 'Travel distance to an exit', ...PLACES },
  'fire.common-path': { zh: '共用疏散路径长度', en: 'Common path of egress travel', zhSubject: '个空间', enSubject: ['space', 'spaces'] },
  'fire.egress-width': { zh: '疏散总净宽度', en: 'Total exit width', ...FLOORS },
  'fire.stair-width': { zh: '疏散楼梯净宽度', en: 'Stair width', ...FLOORS },
  'fire.stair-enclosure': { zh: '疏散楼梯间形式', en: 'Stair enclosure', ...FLOORS },
  'fire.corridor-width': { zh: '疏散走道与通道净宽度', en: 'Corridor and aisle clear width', zhSubject: '处', enSubject: ['place', 'places'] },
  'fire.door-width': { zh: '疏散门净宽', en: 'Door clear width', ...DOORS },
  'fire.room-doors': { zh: '房间疏散门数量', en: 'Doors out of a room', zhSubject: '个房间', enSubject: ['room', 'rooms'] },
  'fire.room-door-separation': { zh: '房间疏散门间距', en: 'Distance between a room\'s doors', zhSubject: '个房间', enSubject: ['room', 'rooms'] },
  'fire.compartment-area': { zh: '防火分区面积', en: 'Fire compartment area', zhSubject: '个防火分区', enSubject: ['compartment', 'compartments'] },
  'fire.door-rating': { zh: '防火门等级', en: 'Fire door rating', ...DOORS },
  'fire.fire-wall-doors': { zh: '防火墙开口与设备房防火分隔', en: 'Fire-wall doors and plant-room enclosures', ...PLACES },
  'fire.extinguisher-count': { zh: '灭火器配置数量与灭火级别', en: 'Extinguishers per calculation unit', zhSubject: '个计算单元', enSubject: ['calculation unit', 'calculation units'] },
  'fire.detector-coverage': { zh: '火灾探测器保护范围', en: 'Smoke detector coverage', ...PLACES },
  'fire.sprinkler-spacing': { zh: '喷头布置间距', en: 'Sprinkler spacing', ...PLACES },
  'fire.extinguisher-reach': { zh: '灭火器保护距离', en: 'Distance to an extinguisher', ...ZONES },
  'fire.extinguisher-inspection': { zh: '灭火器月度检查', en: 'Monthly extinguisher inspection', zhSubject: '具灭火器', enSubject: ['extinguisher', 'extinguishers'] },
  'fire.equipment-inspection': { zh: '消防设施定期检查', en: 'Fire equipment inspection', zhSubject: '件消防设施', enSubject: ['device', 'devices'] },
  'fire.smoke-control': { zh: '排烟设施', en: 'Smoke control', ...ZONES },
  'fire.exit-signs': { zh: '疏散指示标志', en: 'Exit and evacuation signs', ...PLACES },
  'fire.emergency-lighting': { zh: '疏散照明照度', en: 'Emergency lighting', ...PLACES },
  'fire.seat-access': { zh: '工位疏散连通', en: 'Every seat reaches an exit', ...FLOORS },
  'light.illuminance': { zh: '平均照度', en: 'Average illuminance', ...ZONES },
  'light.uniformity': { zh: '照度均匀度', en: 'Illuminance uniformity', ...ZONES },
  'light.power-density': { zh: '照明功率密度', en: 'Lighting power density', ...ZONES },
  'vent.fresh-air': { zh: '人均新风量', en: 'Fresh air per person', ...ZONES },
  'vent.openable-window': { zh: '外窗可开启面积', en: 'Openable window area', zhSubject: '樘外窗', enSubject: ['window', 'windows'] },
  'space.area-per-seat': { zh: '人均使用面积', en: 'Area per seat', ...ZONES },
  'space.clear-height': { zh: '室内净高', en: 'Clear height', ...FLOORS },
  'space.desk-column': { zh: '工位避让柱子', en: 'Desks clear of columns', zhSubject: '个工位', enSubject: ['desk', 'desks'] },
  'space.toilet-reach': { zh: '至厕所距离', en: 'Walk to a toilet', ...FLOORS },
  'space.toilet-fixtures': { zh: '卫生洁具数量', en: 'Toilet fixtures per person', ...FLOORS },
  'zoning.functional-areas': { zh: '功能分区齐全', en: 'Work, management and rest areas', ...BUILDINGS },
  'zoning.rest-reach': { zh: '至休息区距离', en: 'Walk to a rest area', zhSubject: '个工位', enSubject: ['seat', 'seats'] },
  'zoning.seat-in-zone': { zh: '工位所在区域', en: 'Seats inside work zones', ...FLOORS },
  'zoning.overlap': { zh: '区域重叠', en: 'Overlapping zones', zhSubject: '处', enSubject: ['overlap', 'overlaps'] },
  'site.far': { zh: '容积率', en: 'Floor area ratio', ...CHECKS },
  'site.coverage': { zh: '建筑密度', en: 'Site coverage', ...CHECKS },
  'site.green': { zh: '绿地率', en: 'Green ratio', ...CHECKS },
  'site.height': { zh: '建筑高度', en: 'Building height', ...BUILDINGS },
  'site.setback': { zh: '建筑退线', en: 'Setback from the site boundary', ...BUILDINGS },
  'site.fire-separation': { zh: '建筑防火间距', en: 'Fire separation between buildings', zhSubject: '对建筑', enSubject: ['pair of buildings', 'pairs of buildings'] },
  'site.building-unchecked': { zh: '未绘制楼层的建筑', en: 'Buildings with no floors drawn', ...BUILDINGS },
};

/** The rule ids that have words (every rule of the registry must: test/rules/ruleTitles.test.ts). */
export const TITLED_RULES: readonly string[] = Object.keys(WORDS);

/** "灭火器月度检查" / "Monthly extinguisher inspection"; a rule without words reads as a generic check, never as its id. */
export function ruleTitle(ruleId: string, locale: Locale): string {
  const w = WORDS[ruleId];
  if (!w) return locale === 'en' ? 'Check' : '检查项';
  return locale === 'en' ? w.en : w.zh;
}

/** "3 具灭火器" / "3 extinguishers" / "1 extinguisher". */
export function subjectCount(ruleId: string, count: number, locale: Locale): string {
  const w = WORDS[ruleId];
  if (locale === 'en') {
    const [one, many] = w?.enSubject ?? ['item', 'items'];
    return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  }
  return `${count.toLocaleString('en-US')} ${w?.zhSubject ?? '项'}`;
}
