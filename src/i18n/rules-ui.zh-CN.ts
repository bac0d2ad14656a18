// 规则面板与检查图层（中文）。由 src/ui/rules/messages.ts 注册在 `rulesUi` 下。
export const rulesUiZhCN = {
  title: '规范检查',
  show: '显示检查',
  hide: '隐藏检查',
  checking: '检查中…',
  notChecked: '尚未检查',
  failedToCheck: '检查失败：{{error}}',
  checkedIn: '用时 {{ms}} 毫秒',
  scope: { label: '范围', floor: '本层', building: '本楼', park: '园区' },
  status: { fail: '不合格', warn: '警告', pass: '合格', na: '不适用' },
  area: { fire: '消防', lighting: '照明', ventilation: '通风', space: '空间', zoning: '功能分区', site: '总图' },
  showStatus: '显示',
  nothing: '此范围内没有检查结果',
  more: '再显示 {{count}} 条',
  required: '要求',
  measured: '实测',
  clause: '条文',
  review: {
    label: '复核',
    open: '待定',
    accepted: '接受',
    rejected: '驳回',
    note: '备注',
    notePlaceholder: '理由（可选）',
    save: '保存',
    reviewed: '已复核：{{decision}}',
  },
  overlays: {
    label: '楼层图层',
    markers: '问题标记',
    deskStatus: '工位状态',
    egressPath: '最长疏散路线',
    heat: '热力图',
    heatNone: '无',
    heatWalking: '到出口步行距离',
    heatIlluminance: '照度',
  },
  commands: { setReview: '复核检查结果' },
  refused: { noFinding: '没有要复核的检查结果', badDecision: '未知的复核结论' },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type RulesUiMessages = Strings<typeof rulesUiZhCN>;
