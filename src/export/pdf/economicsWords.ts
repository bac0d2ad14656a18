// The words of the capacity report's economics pages (phases, investment, tenants), in both languages.
import type { Locale } from '../../floorplan/types.ts';

export interface EconomicsWords {
  investmentSummary: string;
  phase: (name: string) => string;
  unphased: string;
  dates: string;
  buildings: string;
  floors: string;
  seats: string;
  occupied: string;
  vacant: string;
  grossArea: string;
  land: string;
  construction: string;
  fitOut: string;
  equipment: string;
  investment: string;
  investmentPerSeat: string;
  runningPerSeatMonth: string;
  runningParts: (rent: string, utilities: string, staff: string) => string;
  rentIncomeMonth: string;
  compliance: string;
  complianceValue: (fail: number, warn: number) => string;
  notChecked: string;
  park: string;
  tenants: string;
  tenant: string;
  seatsLeased: string;
  lease: string;
  leaseMonths: string;
  rentPerSeatMonth: string;
  rentPerMonth: string;
  leaseIncome: string;
  costBasis: string;
  basis: (c: { land: string; construction: string; fitOutM2: string; fitOutSeat: string; equipment: string; rent: string; rentFree: number; utilities: string; staff: string }) => string;
  formulas: string;
  problems: string;
  problem: (p: { kind: string; tenant?: string; other?: string; seats?: number; ref?: string }) => string;
  vacantLegend: string;
  indicator: string;
  value: string;
}

const WORDS: Record<Locale, EconomicsWords> = {
  'zh-CN': {
    investmentSummary: '投资与分期汇总',
    phase: (name) => `分期：${name}`,
    unphased: '未分期',
    dates: '建设周期',
    buildings: '楼栋',
    floors: '楼层',
    seats: '坐席',
    occupied: '已租坐席',
    vacant: '空置坐席',
    grossArea: '建筑面积',
    land: '土地费用（按建筑面积分摊）',
    construction: '建安费用',
    fitOut: '装修费用',
    equipment: '设备费用',
    investment: '投资',
    investmentPerSeat: '单座投资',
    runningPerSeatMonth: '运营成本（每座每月）',
    runningParts: (r, u, s) => `租金 ${r} + 水电网 ${u} + 人员 ${s}`,
    rentIncomeMonth: '月租金收入',
    compliance: '合规（本期楼层）',
    complianceValue: (f, w) => `不合格 ${f} · 警告 ${w}`,
    notChecked: '未检查',
    park: '园区合计',
    tenants: '租户一览',
    tenant: '租户',
    seatsLeased: '租赁坐席',
    lease: '租期',
    leaseMonths: '月数',
    rentPerSeatMonth: '租金/座·月',
    rentPerMonth: '月租金',
    leaseIncome: '租期租金（扣除免租期）',
    costBasis: '成本参数',
    basis: (c) =>
      `土地 ${c.land}；建安 ${c.construction}/m²；装修 ${c.fitOutM2}/m² + ${c.fitOutSeat}/座；设备 ${c.equipment}/座；租金 ${c.rent}/m²·月，免租期 ${c.rentFree} 个月；水电网 ${c.utilities}/座·月；人员 ${c.staff}/座·月（含各班次）。`,
    formulas:
      '单座投资 =（土地分摊 + 建安 + 装修 + 设备）÷ 坐席；土地按本期建筑面积占全园区建筑面积的比例分摊。运营成本 = 租金单价 × 建筑面积 ÷ 坐席 + 水电网 + 人员。月租金收入 = Σ 各租户已租坐席 × 租金单价。',
    problems: '待核查',
    problem: (p) =>
      p.kind === 'overlap'
        ? `${p.tenant}：${p.seats} 个坐席已租给 ${p.other}`
        : p.kind === 'short'
          ? `${p.tenant}：空余坐席不足，差 ${p.seats} 个`
          : p.kind === 'unknown-phase'
            ? `未列出的分期 ${p.ref}`
            : `${p.tenant}：${p.ref} 不存在`,
    vacantLegend: '空置',
    indicator: '指标',
    value: '数值',
  },
  en: {
    investmentSummary: 'Investment and phases',
    phase: (name) => `Phase: ${name}`,
    unphased: 'No phase',
    dates: 'Dates',
    buildings: 'Buildings',
    floors: 'Floors',
    seats: 'Seats',
    occupied: 'Occupied seats',
    vacant: 'Vacant seats',
    grossArea: 'Gross floor area',
    land: 'Land (share by GFA)',
    construction: 'Construction',
    fitOut: 'Fit-out',
    equipment: 'Equipment',
    investment: 'Investment',
    investmentPerSeat: 'Investment per seat',
    runningPerSeatMonth: 'Running cost per seat·month',
    runningParts: (r, u, s) => `rent ${r} + utilities ${u} + staff ${s}`,
    rentIncomeMonth: 'Rent income per month',
    compliance: 'Compliance (phase floors)',
    complianceValue: (f, w) => `${f} fail · ${w} warn`,
    notChecked: 'not checked',
    park: 'Park',
    tenants: 'Tenants',
    tenant: 'Tenant',
    seatsLeased: 'Seats leased',
    lease: 'Lease',
    leaseMonths: 'Months',
    rentPerSeatMonth: 'Rent /seat·month',
    rentPerMonth: 'Rent /month',
    leaseIncome: 'Rent over the lease (less rent-free)',
    costBasis: 'Cost basis',
    basis: (c) =>
      `Land ${c.land}; construction ${c.construction}/m²; fit-out ${c.fitOutM2}/m² + ${c.fitOutSeat}/seat; equipment ${c.equipment}/seat; rent ${c.rent}/m²·month, ${c.rentFree} rent-free months; utilities ${c.utilities}/seat·month; staff ${c.staff}/seat·month (all shifts).`,
    formulas:
      'Investment per seat = (land share + construction + fit-out + equipment) ÷ seats; the land is shared by the phase’s part of the park’s gross floor area. Running cost = rent per m² × GFA ÷ seats + utilities + staff. Rent income = Σ tenants’ occupied seats × their rent per seat.',
    problems: 'To check',
    problem: (p) =>
      p.kind === 'overlap'
        ? `${p.tenant}: ${p.seats} seats already leased to ${p.other}`
        : p.kind === 'short'
          ? `${p.tenant}: ${p.seats} leased seats do not fit`
          : p.kind === 'unknown-phase'
            ? `phase ${p.ref} is not listed`
            : `${p.tenant}: ${p.ref} does not exist`,
    vacantLegend: 'Vacant',
    indicator: 'Measure',
    value: 'Value',
  },
};

export function economicsWords(locale: Locale): EconomicsWords {
  return WORDS[locale];
}
