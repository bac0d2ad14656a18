// Every word the reports and exports print, in both report languages. Kept beside the
// renderers (not in the app's i18n bundle) so the command line and the PDF code need no i18next.
import type { Locale, Role, ZoneUse } from '../floorplan/types.ts';
import type { FindingStatus, RuleArea } from '../rules/types.ts';

export interface ReportText {
  capacityTitle: string;
  complianceTitle: string;
  project: string;
  scope: string;
  scopePark: string;
  scopeBuilding: string;
  scopeFloor: string;
  revision: string;
  contentHash: string;
  date: string;
  preparedBy: string;
  checkedBy: string;
  reviewedBy: string;
  approvedBy: string;
  signature: string;
  page: (n: number, total: number) => string;
  summary: string;
  seats: string;
  seatCount: (n: string) => string;
  role: string;
  name: string;
  seatsByRole: string;
  grossArea: string;
  usableArea: string;
  workArea: string;
  areaPerSeatGross: string;
  areaPerSeatGrossDef: string;
  areaPerSeatWork: string;
  areaPerSeatWorkDef: string;
  compliantCapacity: string;
  bindingLimit: string;
  notComputed: string;
  checks: string;
  siteIndicators: string;
  indicator: string;
  value: string;
  control: string;
  status: string;
  parcelArea: string;
  footprintArea: string;
  totalGfa: string;
  far: string;
  coverage: string;
  greenArea: string;
  greenRatio: string;
  maxHeight: string;
  buildingCount: string;
  totalSeats: string;
  stackPlan: string;
  floor: string;
  building: string;
  level: string;
  zone: string;
  use: string;
  area: string;
  areaPerSeat: string;
  illuminance: string;
  freshAirPerPerson: string;
  floorTable: string;
  floorPlan: string;
  assumptions: string;
  ruleProfile: string;
  overrides: string;
  none: string;
  basis: string;
  codesApplied: string;
  clause: string;
  rule: string;
  notChecked: string;
  notCheckedItems: string[];
  automatedStatement: string;
  summaryByArea: string;
  summaryByFloor: string;
  findingsTable: string;
  /** the findings heading with its counts: "问题清单：3 组共 5 条" */
  findingsCount: (heading: string, findings: string, groups: string) => string;
  /** between names in one cell: "、" / ", " */
  listSeparator: string;
  required: string;
  measured: string;
  location: string;
  fix: string;
  review: string;
  passedChecks: string;
  count: string;
  equipmentRegister: string;
  rating: string;
  lastInspected: string;
  daysSince: string;
  overdue: string;
  missingDate: string;
  inDate: string;
  actionList: string;
  owner: string;
  dueDate: string;
  noFailures: string;
  legendExit: string;
  legendExtinguisher: string;
  legendPath: string;
  legendFinding: string;
  worstPath: (metres: string) => string;
  /** the line above the action list when some actions are past their due date */
  overdueActions: (count: number, date: string) => string;
  extinguisherReach: (metres: number) => string;
  readings: string[];
  roles: Record<Role, string>;
  uses: Record<ZoneUse, string>;
  statuses: Record<FindingStatus, string>;
  areas: Record<RuleArea, string>;
  reviewDecisions: Record<'accepted' | 'rejected' | 'open' | 'none', string>;
  limits: Record<string, string>;
  csvWorkstations: string[];
  csvZones: string[];
  /** columns of the findings CSV (src/export/csv/findings.ts) */
  csvFindings: string[];
  shortfall: (amount: string) => string;
  progress: Record<'model' | 'font' | 'cover' | 'tables' | 'plans' | 'output', string>;
}

const zh: ReportText = {
  capacityTitle: '容量报告',
  complianceTitle: '合规性检查报告',
  project: '项目',
  scope: '范围',
  scopePark: '园区',
  scopeBuilding: '建筑',
  scopeFloor: '楼层',
  revision: '版本',
  contentHash: '内容校验码',
  date: '日期',
  preparedBy: '编制',
  checkedBy: '校核',
  reviewedBy: '审核',
  approvedBy: '签发',
  signature: '签名 / 日期',
  page: (n, total) => `第 ${n} 页 / 共 ${total} 页`,
  summary: '摘要',
  seats: '座位数',
  seatCount: (n) => `${n} 座`,
  role: '职责',
  name: '姓名',
  seatsByRole: '按角色',
  grossArea: '建筑面积',
  usableArea: '使用面积',
  workArea: '话务区面积',
  areaPerSeatGross: '人均建筑面积',
  areaPerSeatGrossDef: '建筑面积 ÷ 座位数',
  areaPerSeatWork: '人均话务区面积',
  areaPerSeatWorkDef: '话务区面积 ÷ 话务区座位数',
  compliantCapacity: '合规容量',
  bindingLimit: '控制因素',
  notComputed: '未计算',
  checks: '检查结果',
  siteIndicators: '主要经济技术指标表',
  indicator: '指标',
  value: '数值',
  control: '控制值',
  status: '结论',
  parcelArea: '用地面积',
  footprintArea: '建筑基底面积',
  totalGfa: '总建筑面积',
  far: '容积率',
  coverage: '建筑密度',
  greenArea: '绿地面积',
  greenRatio: '绿地率',
  maxHeight: '建筑高度',
  buildingCount: '建筑栋数',
  totalSeats: '总座位数',
  stackPlan: '楼层堆叠图',
  floor: '楼层',
  building: '建筑',
  level: '层',
  zone: '区域',
  use: '功能',
  area: '面积',
  areaPerSeat: '人均面积',
  illuminance: '照度',
  freshAirPerPerson: '人均新风量',
  floorTable: '分区统计',
  floorPlan: '平面图',
  assumptions: '假定与参数',
  ruleProfile: '规则配置',
  overrides: '参数覆盖',
  none: '无',
  basis: '检查依据',
  codesApplied: '采用的规范条文',
  clause: '条文',
  rule: '规则',
  notChecked: '未检查的内容',
  notCheckedItems: [
    '结构安全、抗震',
    '防排烟系统的风量、风机与管道设计（仅检查排烟窗口与排烟口的覆盖距离和自然排烟面积）',
    '火灾自动报警的系统与联动设计（仅检查点型感烟探测器的保护范围与安装距离）',
    '自动喷水灭火系统水力计算（仅检查喷头的布置间距）',
    '应急照明的持续供电时间与系统设计（仅检查地面最低水平照度）',
    '消火栓系统的水量、水压与保护半径',
    '无障碍设计',
    '建筑节能的全面计算（仅检查照明功率密度）',
  ],
  automatedStatement: '本报告为依据方案数据自动生成的预检查结果，不代替施工图审查、消防设计审查或任何法定审批。',
  summaryByArea: '按专业汇总',
  summaryByFloor: '按楼层汇总',
  findingsTable: '问题清单',
  findingsCount: (heading, n, g) => (n === g ? `${heading}（${n} 条）` : `${heading}（${g} 组，共 ${n} 条）`),
  listSeparator: '、',
  required: '要求值',
  measured: '实测值',
  location: '位置',
  fix: '整改建议',
  review: '复核意见',
  passedChecks: '已通过的检查',
  count: '数量',
  equipmentRegister: '消防器材台账',
  rating: '规格',
  lastInspected: '上次检查',
  daysSince: '距今天数',
  overdue: '逾期',
  missingDate: '无检查日期',
  inDate: '有效',
  actionList: '整改行动清单',
  owner: '责任人',
  dueDate: '完成期限',
  noFailures: '无不合格项。',
  legendExit: '安全出口（宽度 m）',
  legendExtinguisher: '灭火器及保护半径',
  legendPath: '最不利疏散路径',
  legendFinding: '问题编号',
  worstPath: (m) => `最不利疏散路径 ${m} m`,
  overdueActions: (n, date) => `截至报告日期 ${date}，有 ${n} 项整改已逾期（标红）。`,
  extinguisherReach: (m) => `灭火器保护半径 ${m} m（直线，仅示意）`,
  readings: [
    '每个工位计 1 人；无工位的区域按使用人数密度计：会议 0.5 人/m²，食堂 1.0 人/m²，培训 0.5 人/m²，休息 0.3 人/m²（设计假定）。',
    '开放式话务区按开敞办公 / 大空间读取疏散距离（30 m，设自动喷水灭火系统时 ×1.25），并按房间读法（22 m）给出提示。',
    '照度逐点计算：朗伯型灯具直射分量加一次均匀反射分量（顶棚、墙面、地面反射比 0.7 / 0.5 / 0.2），乘维护系数 0.8；计算网格按 EN 12464-1（格距 p = 0.2 × 5^lg d，距墙 0.5 m 内不计），参考平面按 GB 50034-2024 表 5.5.1（走廊、厕所、休息室、储藏室、电源设备室为地面）。平均照度、最低照度和均匀度取自同一网格。',
    '楼层建筑面积取建筑基底面积，楼层另有 grossArea 时取该值。',
  ],
  roles: { agent: '坐席', leader: '组长', supervisor: '主管' },
  uses: {
    work: '话务区', management: '业务管理区', rest: '休息区', meeting: '会议室', training: '培训室', canteen: '食堂',
    dormitory: '宿舍', server: '机房', power: '电源机房', cabling: '综合布线机房', toilet: '卫生间', corridor: '走道', storage: '储藏',
  },
  statuses: { pass: '合格', fail: '不合格', warn: '提示', 'n/a': '不适用' },
  areas: { fire: '消防', lighting: '照明', ventilation: '通风', space: '空间', zoning: '功能分区', site: '总图' },
  reviewDecisions: { accepted: '已接受', rejected: '已驳回', open: '待定', none: '' },
  limits: {
    'exit-width': '疏散宽度',
    'exit-count': '安全出口数量',
    zones: '功能分区',
    'area-per-seat': '人均面积',
    'volume-per-person': '人均空间体积',
    'fresh-air': '新风量',
  },
  csvWorkstations: ['工位编号', '建筑', '楼层', '区域', '角色', 'x (m)', 'y (m)', '步行疏散距离 (m)', '直线疏散距离 (m)', '结论'],
  csvFindings: ['序号', '子项', '专业', '规则', '结论', '数量', '要求值', '实测值', '条文', '位置', '说明', '整改建议', '复核意见'],
  csvZones: ['区域编号', '建筑', '楼层', '区域名称', '功能', '面积 (m²)', '座位数', '人均面积 (m²)', '照度 (lx)', '人均新风量 (m³/h·人)'],
  shortfall: (a) => `尚缺 ${a}`,
  progress: { model: '整理数据', font: '加载字体', cover: '封面', tables: '表格', plans: '平面图', output: '生成文件' },
};

const en: ReportText = {
  capacityTitle: 'Capacity report',
  complianceTitle: 'Compliance report',
  project: 'Project',
  scope: 'Scope',
  scopePark: 'Park',
  scopeBuilding: 'Building',
  scopeFloor: 'Floor',
  revision: 'Revision',
  contentHash: 'Content hash',
  date: 'Date',
  preparedBy: 'Prepared',
  checkedBy: 'Checked',
  reviewedBy: 'Reviewed',
  approvedBy: 'Approved',
  signature: 'Signature / date',
  page: (n, total) => `Page ${n} of ${total}`,
  summary: 'Summary',
  seats: 'Seats',
  seatCount: (n) => `${n} seats`,
  role: 'Role',
  name: 'Name',
  seatsByRole: 'By role',
  grossArea: 'Gross floor area',
  usableArea: 'Usable area',
  workArea: 'Call-floor area',
  areaPerSeatGross: 'Gross area per seat',
  areaPerSeatGrossDef: 'gross floor area ÷ seats',
  areaPerSeatWork: 'Call-floor area per seat',
  areaPerSeatWorkDef: 'work-zone area ÷ seats in work zones',
  compliantCapacity: 'Compliant capacity',
  bindingLimit: 'Binding limit',
  notComputed: 'not computed',
  checks: 'Check results',
  siteIndicators: 'Main technical-economic indicators',
  indicator: 'Indicator',
  value: 'Value',
  control: 'Control',
  status: 'Status',
  parcelArea: 'Parcel area',
  footprintArea: 'Building footprint',
  totalGfa: 'Total gross floor area',
  far: 'Floor area ratio (FAR)',
  coverage: 'Site coverage',
  greenArea: 'Green area',
  greenRatio: 'Green ratio',
  maxHeight: 'Building height',
  buildingCount: 'Buildings',
  totalSeats: 'Total seats',
  stackPlan: 'Stack plan',
  floor: 'Floor',
  building: 'Building',
  level: 'Level',
  zone: 'Zone',
  use: 'Use',
  area: 'Area',
  areaPerSeat: 'Area per seat',
  illuminance: 'Illuminance',
  freshAirPerPerson: 'Fresh air per person',
  floorTable: 'Zones',
  floorPlan: 'Plan',
  assumptions: 'Assumptions and parameters',
  ruleProfile: 'Rule profile',
  overrides: 'Overrides',
  none: 'none',
  basis: 'Basis of the check',
  codesApplied: 'Codes and clauses applied',
  clause: 'Clause',
  rule: 'Rule',
  notChecked: 'Not checked',
  notCheckedItems: [
    'Structure and seismic safety',
    'Smoke control system sizing: air flows, fans and ducts (only the reach of vents and exhaust inlets and the natural vent area are checked)',
    'Fire alarm system and interlock design (only the coverage and placing of point smoke detectors are checked)',
    'Sprinkler hydraulic calculation (only the spacing of heads is checked)',
    'Emergency lighting duration and system design (only the minimum floor illuminance is checked)',
    'Hydrant system flow, pressure and reach',
    'Accessibility',
    'Energy performance beyond lighting power density',
  ],
  automatedStatement:
    'This report is an automated pre-check generated from the plan data. It is not a statutory approval and does not replace review by the authority having jurisdiction.',
  summaryByArea: 'Summary by area',
  summaryByFloor: 'Summary by floor',
  findingsTable: 'Findings',
  findingsCount: (heading, n, g) => (n === g ? `${heading} (${n})` : `${heading} (${n} in ${g} groups)`),
  listSeparator: ', ',
  required: 'Required',
  measured: 'Measured',
  location: 'Location',
  fix: 'Recommended fix',
  review: 'Review',
  passedChecks: 'Checks passed',
  count: 'Count',
  equipmentRegister: 'Fire equipment register',
  rating: 'Rating',
  lastInspected: 'Last inspected',
  daysSince: 'Days since',
  overdue: 'overdue',
  missingDate: 'no date',
  inDate: 'in date',
  actionList: 'Action list',
  owner: 'Owner',
  dueDate: 'Due',
  noFailures: 'No failures.',
  legendExit: 'Exit (width m)',
  legendExtinguisher: 'Extinguisher and reach',
  legendPath: 'Worst egress path',
  legendFinding: 'Finding number',
  worstPath: (m) => `worst egress path ${m} m`,
  overdueActions: (n, date) => `${n} ${n === 1 ? 'action is' : 'actions are'} overdue at the report date ${date} (in red).`,
  extinguisherReach: (m) => `extinguisher reach ${m} m (straight line, indicative)`,
  readings: [
    'One person per workstation; zones without workstations use the density of their use: meeting 0.5 p/m², canteen 1.0 p/m², training 0.5 p/m², rest 0.3 p/m² (design assumptions).',
    'Open call floors are read as open offices / halls for travel distance (30 m, ×1.25 sprinklered), with a warning against the room reading (22 m).',
    'Illuminance point by point: direct light of Lambertian downlights plus one uniform reflected component (ceiling, wall, floor reflectances 0.7 / 0.5 / 0.2), × maintenance factor 0.8, on the EN 12464-1 grid (cell p = 0.2 × 5^log10 d, a 0.5 m band at the walls left out), on the reference plane of GB 50034-2024 Table 5.5.1 (floor level for corridors, toilets, rest rooms, stores, power rooms). Average, minimum and uniformity come from the same grid.',
    'Gross floor area of a floor is its building footprint unless the floor gives grossArea.',
  ],
  roles: { agent: 'agent', leader: 'leader', supervisor: 'supervisor' },
  uses: {
    work: 'call floor', management: 'management', rest: 'rest', meeting: 'meeting', training: 'training', canteen: 'canteen',
    dormitory: 'dormitory', server: 'server room', power: 'power room', cabling: 'cabling room', toilet: 'toilet', corridor: 'corridor', storage: 'storage',
  },
  statuses: { pass: 'pass', fail: 'fail', warn: 'warning', 'n/a': 'n/a' },
  areas: { fire: 'Fire', lighting: 'Lighting', ventilation: 'Ventilation', space: 'Space', zoning: 'Zoning', site: 'Site' },
  reviewDecisions: { accepted: 'accepted', rejected: 'rejected', open: 'open', none: '' },
  limits: {
    'exit-width': 'exit width',
    'exit-count': 'number of exits',
    zones: 'functional zones',
    'area-per-seat': 'area per person',
    'volume-per-person': 'volume per person',
    'fresh-air': 'fresh air',
  },
  csvWorkstations: ['workstation', 'building', 'floor', 'zone', 'role', 'x (m)', 'y (m)', 'walking to exit (m)', 'straight to exit (m)', 'status'],
  csvFindings: ['#', 'item', 'area', 'rule', 'status', 'count', 'required', 'measured', 'clause', 'location', 'finding', 'recommended fix', 'review'],
  csvZones: ['zone', 'building', 'floor', 'name', 'use', 'area (m²)', 'seats', 'area per seat (m²)', 'illuminance (lx)', 'fresh air (m³/h per person)'],
  shortfall: (a) => `add ${a}`,
  progress: { model: 'preparing data', font: 'loading font', cover: 'cover', tables: 'tables', plans: 'floor plans', output: 'writing file' },
};

export type ReportLanguage = Locale;

export function reportText(locale: Locale): ReportText {
  return locale === 'en' ? en : zh;
}

/** 'zh' / 'zh-CN' / 'en' as users type them; null when neither. */
export function parseLanguage(text: string | undefined): Locale | null {
  if (!text) return null;
  const t = text.toLowerCase();
  if (t === 'zh' || t === 'zh-cn' || t === 'cn') return 'zh-CN';
  if (t === 'en') return 'en';
  return null;
}
