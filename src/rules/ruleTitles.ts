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
  'fire.egress-width': { zh: '疏散总净宽度', en: 'Total exit width', ...FLOORS },
  'fire.door-width': { zh: '疏散门净宽', en: 'Door clear width', ...DOORS },
  'fire.room-doors': { zh: '房间疏散门数量', en: 'Doors out of a room', zhSubject: '个房间', enSubject: ['room', 'rooms'] },
  'fire.compartment-area': { zh: '防火分区面积', en: 'Fire compartment area', zhSubject: '个防火分区', enSubject: ['compartment', 'compartments'] },
  'fire.door-rating': { zh: '防火门等级', en: 'Fire door rating', ...DOORS },
  'fire.extinguisher-reach': { zh: '灭火器保护距离', en: 'Distance to an extinguisher', ...ZONES },
  'fire.extinguisher-inspection': { zh: '灭火器月度检查', en: 'Monthly extinguisher inspection', zhSubject: '具灭火器', enSubject: ['extinguisher', 'extinguishers'] },
  'fire.seat-access': { zh: '工位疏散连通', en: 'Every seat reaches an exit', ...FLOORS },
  'light.illuminance': { zh: '平均照度', en: 'Average illuminance', ...ZONES },
  'light.uniformity': { zh: '照度均匀度', en: 'Illuminance uniformity', ...ZONES },
  'light.power-density': { zh: '照明功率密度', en: 'Lighting power density', ...ZONES },
  'vent.fresh-air': { zh: '人均新风量', en: 'Fresh air per person', ...ZONES },
  'vent.openable-window': { zh: '外窗可开启面积', en: 'Openable window area', zhSubject: '樘外窗', enSubject: ['window', 'windows'] },
  'space.area-per-seat': { zh: '人均使用面积', en: 'Area per seat', ...ZONES },
  'space.clear-height': { zh: '室内净高', en: 'Clear height', ...FLOORS },
  'space.desk-column': { zh: '工位避让柱子', en: 'Desks clear of columns', zhSubject: '个工位', enSubject: ['desk', 'desks'] },
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
