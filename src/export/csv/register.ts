// The fire register as CSV: one row per device of the scope, in the register's order (status,
// overdue first), with the register's columns and the notes of its open defects and actions.
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import type { ResolvedProfile } from '../../rules/profiles/parameter.ts';
import { buildRegister, type RegisterRow, type RegisterScope } from '../../rules/register/register.ts';
import { DEFAULT_SORT, sortRows, type RegisterSort } from '../../rules/register/registerView.ts';
import { ratingText, REGISTER_COLUMNS, registerWords } from '../../rules/register/registerWords.ts';
import type { ReportScope } from '../model/scope.ts';
import { toCsv, type CsvCell } from './csv.ts';

export interface RegisterCsvOptions {
  locale: Locale;
  scope?: ReportScope;
  /** YYYY-MM-DD the statuses are as of */
  asOf: string;
  sort?: RegisterSort;
  /** default: the plan's profile */
  profile?: ResolvedProfile;
}

const NOTES = { 'zh-CN': '缺陷与整改说明', en: 'Defect and action notes' } as const;

export function registerScopeOf(scope: ReportScope | undefined): RegisterScope {
  if (!scope || scope.kind === 'park') return {};
  return scope.kind === 'building' ? { buildingId: scope.buildingId } : { floorId: scope.floorId };
}

/** The notes of a row's open defects and actions: "2026-06-02 no LED; 王工 → 2026-06-10". */
export function defectNotes(row: RegisterRow): string {
  const defects = row.defects.map((d) => [d.date, d.note].filter((s) => s).join(' '));
  const actions = row.actions.map((a) => [a.note && !row.defects.some((d) => d.note === a.note) ? a.note : '', a.owner ? `${a.owner} → ${a.due ?? ''}` : a.due ?? ''].filter((s) => s).join(' '));
  return [...defects, ...actions].filter((s) => s).join('; ');
}

export function registerCsvCells(row: RegisterRow, locale: Locale): CsvCell[] {
  const w = registerWords(locale);
  return [
    row.id,
    w.types[row.type],
    ratingText(row.type, row.rating, locale),
    row.buildingName,
    row.floorName,
    row.zoneName ?? '',
    row.lastInspected ?? '',
    row.nextDue ?? '',
    w.statuses[row.status],
    row.openDefects,
    defectNotes(row),
  ];
}

/** Null when the scope is not in the plan. */
export function registerCsv(plan: PlanDocument, options: RegisterCsvOptions): string | null {
  const register = buildRegister(plan, registerScopeOf(options.scope), { asOf: options.asOf, ...(options.profile ? { profile: options.profile } : {}) });
  if (!register) return null;
  const w = registerWords(options.locale);
  const header = [...REGISTER_COLUMNS.map((c) => w.columns[c]), NOTES[options.locale]];
  return toCsv(header, sortRows(register.rows, options.sort ?? DEFAULT_SORT).map((r) => registerCsvCells(r, options.locale)));
}
