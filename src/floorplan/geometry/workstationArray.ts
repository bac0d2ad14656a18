// Layout of a workstation array (the array tool): rows × columns of desks in a local frame that
// is turned by `rotation` about `origin`, the array's lower-left corner.
// Columns run along local x, desks side by side (touching, so they form a bench), with an aisle
// after every `aisleEvery` desks. Rows run along local y, `rowPitch` apart; users face +y.
// Back-to-back: rows come in pairs whose desks touch at their front edges, the second row turned
// 180° (its users face −y), and `rowPitch` is then the distance between pairs.
import type { Point, Role } from '../types.ts';
import { rotate } from './polygon.ts';

export interface WorkstationArrayParams {
  origin: Point;
  rows: number;
  columns: number;
  /** [width, depth] of one desk */
  deskSize: [number, number];
  /** distance between successive rows (back-to-back: between pairs of rows) */
  rowPitch: number;
  /** an aisle after every N desks along a row; 0 = none */
  aisleEvery: number;
  aisleWidth: number;
  backToBack: boolean;
  /** degrees counter-clockwise */
  rotation: number;
  role: Role;
}

export interface PlannedDesk {
  at: Point;
  rotation: number;
  size: [number, number];
  role: Role;
}

export const DEFAULT_ARRAY: Omit<WorkstationArrayParams, 'origin'> = {
  rows: 4,
  columns: 10,
  deskSize: [1.2, 0.7],
  rowPitch: 3.2,
  aisleEvery: 5,
  aisleWidth: 1.2,
  backToBack: true,
  rotation: 0,
  role: 'agent',
};

const clean = (v: number): number => Math.round(v * 1e9) / 1e9;

/** Local x of the centre of column c. */
export function columnCentre(p: Pick<WorkstationArrayParams, 'deskSize' | 'aisleEvery' | 'aisleWidth'>, c: number): number {
  const aisles = p.aisleEvery > 0 ? Math.floor(c / p.aisleEvery) : 0;
  return c * p.deskSize[0] + aisles * p.aisleWidth + p.deskSize[0] / 2;
}

/** Local y of the centre of row r, and whether that row is turned 180°. */
export function rowCentre(p: Pick<WorkstationArrayParams, 'deskSize' | 'rowPitch' | 'backToBack'>, r: number): { y: number; turned: boolean } {
  const depth = p.deskSize[1];
  if (!p.backToBack) return { y: r * p.rowPitch + depth / 2, turned: false };
  const pair = Math.floor(r / 2);
  const turned = r % 2 === 1;
  return { y: pair * p.rowPitch + depth / 2 + (turned ? depth : 0), turned };
}

/** Width and depth of the array's desk block in its local frame. */
export function arrayExtent(p: Omit<WorkstationArrayParams, 'origin' | 'rotation' | 'role'>): [number, number] {
  if (p.rows < 1 || p.columns < 1) return [0, 0];
  const width = columnCentre(p, p.columns - 1) + p.deskSize[0] / 2;
  const last = rowCentre(p, p.rows - 1);
  return [clean(width), clean(last.y + p.deskSize[1] / 2)];
}

export function workstationArray(p: WorkstationArrayParams): PlannedDesk[] {
  const desks: PlannedDesk[] = [];
  const rows = Math.max(0, Math.floor(p.rows));
  const columns = Math.max(0, Math.floor(p.columns));
  for (let r = 0; r < rows; r++) {
    const { y, turned } = rowCentre(p, r);
    for (let c = 0; c < columns; c++) {
      const [dx, dy] = rotate([columnCentre(p, c), y], p.rotation);
      const turn = (((p.rotation + (turned ? 180 : 0)) % 360) + 360) % 360;
      desks.push({ at: [clean(p.origin[0] + dx), clean(p.origin[1] + dy)], rotation: turn, size: [p.deskSize[0], p.deskSize[1]], role: p.role });
    }
  }
  return desks;
}

/**
 * Rows and columns that fit a drag from the origin to `corner` (in plan coordinates), at least 1×1.
 * The drag is measured in the array's local frame; a drag to the left or down still counts by its size.
 */
export function fitArray(p: Omit<WorkstationArrayParams, 'rows' | 'columns' | 'role'>, corner: Point): { rows: number; columns: number } {
  const [lx, ly] = rotate([corner[0] - p.origin[0], corner[1] - p.origin[1]], -p.rotation);
  const width = Math.abs(lx);
  const depth = Math.abs(ly);
  let columns = 1;
  while (columnCentre(p, columns) + p.deskSize[0] / 2 <= width + 1e-9) columns++;
  let rows = 1;
  while (rowCentre(p, rows).y + p.deskSize[1] / 2 <= depth + 1e-9) rows++;
  return { rows, columns };
}

/** Centres of a luminaire grid filling the rectangle from `a` to `b` at `spacing`, half a spacing in from its edges. */
export function luminaireGrid(a: Point, b: Point, spacing: number): Point[] {
  if (!(spacing > 0)) return [];
  const minX = Math.min(a[0], b[0]);
  const minY = Math.min(a[1], b[1]);
  const nx = Math.max(1, Math.round(Math.abs(b[0] - a[0]) / spacing));
  const ny = Math.max(1, Math.round(Math.abs(b[1] - a[1]) / spacing));
  const stepX = Math.abs(b[0] - a[0]) / nx || spacing;
  const stepY = Math.abs(b[1] - a[1]) / ny || spacing;
  const points: Point[] = [];
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) points.push([clean(minX + (i + 0.5) * stepX), clean(minY + (j + 0.5) * stepY)]);
  return points;
}
