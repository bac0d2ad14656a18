// Words of the demand calculator in both languages, for the command line and the reports (no
// i18next there); the app merges the same problem texts into its bundle (src/ui/demand).
import type { DemandProblemKey } from '../../floorplan/queries/demandInputs.ts';
import type { Locale } from '../../floorplan/types.ts';

export interface DemandWords {
  title: string;
  profile: string;
  scope: string;
  scopes: Record<'floor' | 'building' | 'tenant' | 'park', string>;
  calls: string;
  callsPerHour: string;
  interval: string;
  aht: string;
  serviceLevel: string;
  slValue: (percent: string, seconds: string) => string;
  shrinkage: string;
  maxOccupancy: string;
  occupancy: string;
  hours: string;
  shift: string;
  shiftValue: (hours: string, overlap: string) => string;
  traffic: string;
  agents: string;
  scheduled: string;
  peakAgents: string;
  peakScheduled: string;
  shifts: string;
  seatsNeeded: string;
  seatsHave: string;
  spare: (n: string) => string;
  short: (n: string) => string;
  noCount: string;
  sentence: (needed: string, scope: string, have: string) => string;
  invalid: string;
  assumptions: string;
  problems: Record<DemandProblemKey, string>;
}

const en: DemandWords = {
  title: 'Seats from call demand',
  profile: 'Profile',
  scope: 'For',
  scopes: { floor: 'floor', building: 'building', tenant: 'tenant', park: 'park' },
  calls: 'Calls',
  callsPerHour: 'calls/h',
  interval: 'Interval',
  aht: 'Average handling time',
  serviceLevel: 'Service level',
  slValue: (p, s) => `${p} % in ${s} s`,
  shrinkage: 'Shrinkage',
  maxOccupancy: 'Max occupancy',
  occupancy: 'occupancy',
  hours: 'Hours of operation',
  shift: 'Shift',
  shiftValue: (h, o) => `${h} h${o ? `, overlap ${o} h` : ''}`,
  traffic: 'Traffic',
  agents: 'Agents (Erlang C)',
  scheduled: 'With shrinkage',
  peakAgents: 'Agents at the peak',
  peakScheduled: 'Scheduled at the peak',
  shifts: 'Shifts',
  seatsNeeded: 'Seats needed',
  seatsHave: 'Seats in the plan',
  spare: (n) => `${n} spare`,
  short: (n) => `short by ${n}`,
  noCount: 'no seat count',
  sentence: (needed, scope, have) => `needs ${needed} seats, ${scope} has ${have}`,
  invalid: 'inputs incomplete',
  assumptions: 'Erlang C: Poisson arrivals, exponential handling times, no abandonment, first come first served, unlimited queue; seats = most scheduled agents on the floor at one time, shift handovers included.',
  problems: {
    name: 'Give the profile a name.',
    noInterval: 'Give at least one interval (the peak hour).',
    intervalTime: 'An interval start must be a time HH:MM.',
    calls: 'Calls per hour must be a number ≥ 0.',
    aht: 'Average handling time must be more than 0 s.',
    slPercent: 'Service level must be between 0 and 100 % (both excluded).',
    slSeconds: 'Service level time must be ≥ 0 s.',
    shrinkage: 'Shrinkage must be from 0 up to (not including) 100 %.',
    maxOccupancy: 'Max occupancy must be above 0 and at most 100 %.',
    hours: 'Hours of operation must be times HH:MM.',
    shiftHours: 'Shift length must be above 0 and at most 24 h.',
    overlap: 'Shift overlap must be ≥ 0 and shorter than the shift.',
    outsideHours: 'No interval starts within the hours of operation.',
  },
};

const zh: DemandWords = {
  title: '按话务量测算工位',
  profile: '话务方案',
  scope: '适用范围',
  scopes: { floor: '楼层', building: '楼栋', tenant: '租户', park: '园区' },
  calls: '话务量',
  callsPerHour: '通/小时',
  interval: '时段',
  aht: '平均处理时长',
  serviceLevel: '服务水平',
  slValue: (p, s) => `${p}% 的来电在 ${s} 秒内接通`,
  shrinkage: '人力损耗率',
  maxOccupancy: '最高占用率',
  occupancy: '占用率',
  hours: '营业时间',
  shift: '班次',
  shiftValue: (h, o) => `每班 ${h} 小时${o ? `，交接重叠 ${o} 小时` : ''}`,
  traffic: '话务强度',
  agents: '所需坐席数（Erlang C）',
  scheduled: '计入损耗后',
  peakAgents: '高峰所需坐席数',
  peakScheduled: '高峰排班人数',
  shifts: '各班人数',
  seatsNeeded: '所需工位数',
  seatsHave: '方案现有工位',
  spare: (n) => `富余 ${n} 个`,
  short: (n) => `缺 ${n} 个`,
  noCount: '无工位数',
  sentence: (needed, scope, have) => `需要 ${needed} 个工位，${scope}现有 ${have} 个`,
  invalid: '输入不完整',
  assumptions: 'Erlang C 假设：来电为泊松到达，处理时长服从指数分布，无放弃，先到先服务，排队长度不限；所需工位数 = 同一时刻在场的最多排班人数（含交接班重叠）。',
  problems: {
    name: '请填写方案名称。',
    noInterval: '至少填写一个时段（高峰小时）。',
    intervalTime: '时段开始时间须为 HH:MM。',
    calls: '每小时来电量须为不小于 0 的数。',
    aht: '平均处理时长须大于 0 秒。',
    slPercent: '服务水平百分比须在 0 与 100 之间（不含两端）。',
    slSeconds: '服务水平时限须不小于 0 秒。',
    shrinkage: '人力损耗率须在 0 至 100%（不含）之间。',
    maxOccupancy: '最高占用率须大于 0 且不超过 100%。',
    hours: '营业时间须为 HH:MM。',
    shiftHours: '班次时长须大于 0 且不超过 24 小时。',
    overlap: '交接重叠时长须不小于 0 且短于班次时长。',
    outsideHours: '没有任何时段在营业时间之内开始。',
  },
};

export function demandWords(locale: Locale): DemandWords {
  return locale === 'en' ? en : zh;
}
