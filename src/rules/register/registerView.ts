// Sorting, filtering and searching the register's rows (pure; the panel, the exports and the
// command line list rows in the same order).
import { FIRE_DEVICE_TYPES, type FireDeviceType } from '../../floorplan/register/fireDevices.ts';
import { INSPECTION_STATUSES, type InspectionStatus } from './inspectionStatus.ts';
import type { RegisterRow } from './register.ts';
import type { RegisterColumn } from './registerWords.ts';

export type SortDirection = 'asc' | 'desc';

export interface RegisterSort {
  column: RegisterColumn;
  direction: SortDirection;
}

/** Overdue first: the order a facility manager works in. */
export const DEFAULT_SORT: RegisterSort = { column: 'status', direction: 'asc' };

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
const TYPE_ORDER = new Map(FIRE_DEVICE_TYPES.map((t, i) => [t, i]));
const STATUS_ORDER = new Map(INSPECTION_STATUSES.map((s, i) => [s, i]));

/** Dates compare as text; a missing date sorts first (never inspected is the most urgent). */
const dateCompare = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

const place = (a: RegisterRow, b: RegisterRow): number => collator.compare(a.buildingName, b.buildingName) || a.level - b.level;

const COMPARE: Record<RegisterColumn, (a: RegisterRow, b: RegisterRow) => number> = {
  id: (a, b) => collator.compare(a.id, b.id),
  type: (a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!,
  rating: (a, b) => collator.compare(a.rating ?? '', b.rating ?? ''),
  building: (a, b) => collator.compare(a.buildingName, b.buildingName),
  floor: place,
  zone: (a, b) => collator.compare(a.zoneName ?? '', b.zoneName ?? ''),
  lastInspected: (a, b) => dateCompare(a.lastInspected, b.lastInspected),
  nextDue: (a, b) => dateCompare(a.nextDue, b.nextDue),
  status: (a, b) => STATUS_ORDER.get(a.status)! - STATUS_ORDER.get(b.status)! || dateCompare(a.nextDue, b.nextDue),
  openDefects: (a, b) => a.openDefects - b.openDefects,
};

/** A new array sorted by the column; ties keep the register's order (place, then type). */
export function sortRows(rows: readonly RegisterRow[], sort: RegisterSort): RegisterRow[] {
  const compare = COMPARE[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((x, y) => sign * compare(x.row, y.row) || x.i - y.i);
  return indexed.map((x) => x.row);
}

export interface RegisterFilter {
  types?: readonly FireDeviceType[];
  statuses?: readonly InspectionStatus[];
  buildingId?: string;
  floorId?: string;
  zoneName?: string;
  rating?: string;
  /** only devices with open defects or actions */
  withDefects?: boolean;
  /** next due on or before this date (never-inspected devices included) */
  dueBy?: string;
  /** matched (case-insensitive) against the id, the zone name and the dates */
  search?: string;
}

export function filterRows(rows: readonly RegisterRow[], f: RegisterFilter): RegisterRow[] {
  const types = f.types && f.types.length ? new Set(f.types) : null;
  const statuses = f.statuses && f.statuses.length ? new Set(f.statuses) : null;
  const needle = f.search?.trim().toLowerCase() ?? '';
  return rows.filter((r) => {
    if (types && !types.has(r.type)) return false;
    if (statuses && !statuses.has(r.status)) return false;
    if (f.buildingId && r.buildingId !== f.buildingId) return false;
    if (f.floorId && r.floorId !== f.floorId) return false;
    if (f.zoneName !== undefined && f.zoneName !== '' && (r.zoneName ?? '') !== f.zoneName) return false;
    if (f.rating && r.rating !== f.rating) return false;
    if (f.withDefects && r.openDefects === 0) return false;
    if (f.dueBy && r.nextDue !== null && r.nextDue > f.dueBy) return false;
    if (needle) {
      const hay = `${r.id}\u0000${r.zoneName ?? ''}\u0000${r.lastInspected ?? ''}\u0000${r.nextDue ?? ''}`.toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}
