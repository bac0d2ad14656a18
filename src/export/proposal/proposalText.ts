// The words of the proposal PDF in both report languages.
import type { Locale } from '../../floorplan/types.ts';

export interface ProposalText {
  title: string;
  proposals: string;
  kpiTable: string;
  measure: string;
  chart: string;
  chartNote: string;
  views: string;
  noImage: string;
  compliance: string;
  complianceNote: string;
  best: string;
  costsBasis: (currency: string, fitOut: string, rent: string, equipment: string) => string;
  rows: Record<string, string>;
  areas: Record<string, string>;
  fail: string;
  warn: string;
  binding: string;
}

const zhCN: ProposalText = {
  title: '方案比较报告',
  proposals: '方案',
  kpiTable: '关键指标',
  measure: '指标',
  chart: '方案对比图',
  chartNote: '每组按该组最大值缩放；★ 为最优。',
  views: '建筑三维视图',
  noImage: '（无三维视图）',
  compliance: '合规性摘要',
  complianceNote: '按专业统计的不合格 / 警告数，依据方案数据自动检查，不代替法定审查。',
  best: '★ 最优',
  costsBasis: (c, f, r, e) => `成本参数（${c}）：装修 ${f} /m²，租金 ${r} /m²·月，设备 ${e} /座；面积为建筑面积。`,
  rows: {
    seats: '座位数',
    capacity: '合规容量',
    areaPerSeat: 'm²/座',
    fitOut: '装修费用',
    oneOffPerSeat: '每座一次性费用',
    rentPerSeatMonth: '每座每月租金',
    failTotal: '不合格总数',
    warnTotal: '警告总数',
  },
  areas: { fire: '消防', lighting: '照明', ventilation: '通风', space: '空间', zoning: '功能分区', site: '场地' },
  fail: '不合格',
  warn: '警告',
  binding: '控制因素',
};

const en: ProposalText = {
  title: 'Proposal comparison',
  proposals: 'Proposals',
  kpiTable: 'Key figures',
  measure: 'Measure',
  chart: 'Comparison chart',
  chartNote: 'Each group is scaled to its largest value; ★ marks the best.',
  views: '3D views of the buildings',
  noImage: '(no 3D view)',
  compliance: 'Compliance summary',
  complianceNote: 'Fails / warnings by discipline, from automated checks of the plan data; not a statutory review.',
  best: '★ best',
  costsBasis: (c, f, r, e) => `Cost parameters (${c}): fit-out ${f} /m², rent ${r} /m²·month, equipment ${e} /seat; areas are gross floor area.`,
  rows: {
    seats: 'Seats',
    capacity: 'Compliant capacity',
    areaPerSeat: 'm² per seat',
    fitOut: 'Fit-out cost',
    oneOffPerSeat: 'One-off cost per seat',
    rentPerSeatMonth: 'Rent per seat per month',
    failTotal: 'Fails in total',
    warnTotal: 'Warnings in total',
  },
  areas: { fire: 'fire', lighting: 'lighting', ventilation: 'ventilation', space: 'space', zoning: 'zoning', site: 'site' },
  fail: 'Fail',
  warn: 'Warn',
  binding: 'Binding limit',
};

export function proposalText(locale: Locale): ProposalText {
  return locale === 'en' ? en : zhCN;
}
