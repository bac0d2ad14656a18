// What the register's devices, statuses and columns are called, in both languages: pure data, so
// the panel, the CSV, the PDF and the command line print the same words.
import type { FireDeviceType } from '../../floorplan/register/fireDevices.ts';
import type { Locale } from '../../floorplan/types.ts';
import type { InspectionStatus } from './inspectionStatus.ts';

export const REGISTER_COLUMNS = ['id', 'type', 'rating', 'building', 'floor', 'zone', 'lastInspected', 'nextDue', 'status', 'openDefects'] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

interface Words {
  types: Record<FireDeviceType, string>;
  statuses: Record<InspectionStatus, string>;
  columns: Record<RegisterColumn, string>;
  doorRatings: Record<string, string>;
  signKinds: Record<string, string>;
  results: Record<'pass' | 'defect', string>;
}

const WORDS: Record<Locale, Words> = {
  'zh-CN': {
    types: {
      extinguisher: '灭火器',
      detector: '火灾探测器',
      sprinkler: '喷头',
      fireDoor: '防火门',
      emergencyLight: '应急照明灯',
      exitSign: '疏散指示标志',
      hydrant: '室内消火栓',
      smokeExhaust: '排烟口',
    },
    statuses: { ok: '正常', 'due-soon': '即将到期', overdue: '已逾期', never: '从未检查' },
    columns: {
      id: '编号',
      type: '类型',
      rating: '规格',
      building: '建筑',
      floor: '楼层',
      zone: '房间/区域',
      lastInspected: '上次检查',
      nextDue: '下次到期',
      status: '状态',
      openDefects: '未结缺陷',
    },
    doorRatings: { A: '甲级', B: '乙级', C: '丙级' },
    signKinds: { exit: '安全出口', direction: '疏散方向' },
    results: { pass: '合格', defect: '缺陷' },
  },
  en: {
    types: {
      extinguisher: 'Extinguisher',
      detector: 'Fire detector',
      sprinkler: 'Sprinkler',
      fireDoor: 'Fire door',
      emergencyLight: 'Emergency light',
      exitSign: 'Exit sign',
      hydrant: 'Fire hydrant',
      smokeExhaust: 'Smoke exhaust inlet',
    },
    statuses: { ok: 'OK', 'due-soon': 'Due soon', overdue: 'Overdue', never: 'Never inspected' },
    columns: {
      id: 'ID',
      type: 'Type',
      rating: 'Rating',
      building: 'Building',
      floor: 'Floor',
      zone: 'Room / zone',
      lastInspected: 'Last inspected',
      nextDue: 'Next due',
      status: 'Status',
      openDefects: 'Open defects',
    },
    doorRatings: { A: 'A (甲级)', B: 'B (乙级)', C: 'C (丙级)' },
    signKinds: { exit: 'Exit', direction: 'Direction' },
    results: { pass: 'Pass', defect: 'Defect' },
  },
};

export function registerWords(locale: Locale): Words {
  return WORDS[locale];
}

/** The rating as a reader reads it: a door's class in words, a sign's kind, an extinguisher's rating as written. */
export function ratingText(type: FireDeviceType, rating: string | null, locale: Locale): string {
  if (!rating) return '';
  const w = WORDS[locale];
  if (type === 'fireDoor') return w.doorRatings[rating] ?? rating;
  if (type === 'exitSign') return w.signKinds[rating] ?? rating;
  return rating;
}
