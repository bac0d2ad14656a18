// space.desk-column — no desk may stand on a structural column: a desk whose footprint overlaps
// a column by more than a sliver is a drawing error or a seat nobody can use. One finding per
// desk and column that overlap; one pass for the floor when none do; nothing on a floor
// without columns or desks (nothing to check).
import { deskFootprint } from '../../../floorplan/geometry/elements.ts';
import { bounds, type Bounds } from '../../../floorplan/geometry/polygon.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';
import { overlapArea } from '../zoning/overlap.ts';

/** Overlaps smaller than this (m²) are a desk set against the column's face, not on it. */
export const DESK_COLUMN_NOISE = 1e-4;

const boxesOverlap = (a: Bounds, b: Bounds): boolean => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

export const deskColumn: FloorRule = {
  id: 'space.desk-column',
  area: 'space',
  scope: 'floor',
  parameters: { gb: [], intl: [] },
  check(ctx) {
    const { columns, workstations } = ctx.floor;
    if (columns.length === 0 || workstations.length === 0) return [];
    const required = { value: 0, unit: 'm²', comparator: '<=' as const };
    const clause = 'docs/plan-format.md §Columns (a desk must stand clear of columns)';
    const columnBoxes = columns.map((c) => ({ column: c, box: bounds(c.polygon) }));
    const findings: Finding[] = [];
    for (const ws of workstations) {
      const footprint = deskFootprint(ws);
      const deskBox = bounds(footprint);
      for (const { column, box } of columnBoxes) {
        if (!boxesOverlap(deskBox, box)) continue;
        const { area, at } = overlapArea(footprint, column.polygon);
        if (area <= DESK_COLUMN_NOISE) continue;
        findings.push(floorFinding(this, ctx, {
          status: 'fail',
          measured: { value: round(area, 3), unit: 'm²' },
          required,
          clause,
          elementIds: [ws.id, column.id],
          point: at ?? undefined,
          params: { desk: ws.id, column: column.id },
        }));
      }
    }
    if (findings.length === 0) {
      findings.push(floorFinding(this, ctx, { status: 'pass', measured: { value: 0, unit: 'm²' }, required, clause, params: { desks: workstations.length, columns: columns.length } }));
    }
    return findings;
  },
};
