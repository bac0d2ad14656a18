// A zone use guessed from a room's name on the drawing (Chinese or English), or null when the
// name says nothing the plan knows. Tried in order: 餐厅 is a canteen before 餐 is a pantry.
import type { ZoneUse } from '../../types.ts';

const USE_WORDS: readonly [ZoneUse, RegExp][] = [
  ['canteen', /食堂|餐厅|饭堂|canteen|cafeteria|dining/i],
  ['toilet', /卫生间|厕|洗手间|盥洗|淋浴|\bwc\b|toilet|restroom|lavatory|washroom/i],
  ['server', /机房|服务器|数据中心|\bidc\b|server|data\s*cent/i],
  ['cabling', /弱电|网络|通信|配线|\bit\b|cabling|telecom|comms|network|\bidf\b|\bmdf\b/i],
  ['power', /配电|强电|变电|电气|发电|\bups\b|power|electrical|switch\s*room/i],
  ['training', /培训|教室|training|classroom/i],
  ['meeting', /会议|洽谈|接待|meeting|conference|boardroom/i],
  ['dormitory', /宿舍|dormitory|dorm\b/i],
  ['rest', /休息|茶水|餐|母婴|哺乳|pantry|lounge|break\s*room|rest\s*room\b|\btea\b/i],
  ['corridor', /走道|走廊|过道|通道|前室|门厅|大堂|corridor|hallway|passage|lobby|foyer/i],
  ['storage', /储藏|储物|仓|库|档案|杂物|storage|store\s*room|archive/i],
  // a manager's room is management even in the call centre; an open office of agents is work
  ['management', /经理|主管|总监|主任|manager|director|supervisor/i],
  ['work', /话务|坐席|座席|呼叫|客服|工位|作业|call|agent|seat|work\s*(area|space)|operation/i],
  ['management', /办公|财务|人事|行政|office|admin/i],
];

export function guessZoneUse(name: string): ZoneUse | null {
  for (const [use, pattern] of USE_WORDS) if (pattern.test(name)) return use;
  return null;
}
