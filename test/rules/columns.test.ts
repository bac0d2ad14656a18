// Columns as obstacles: walking paths go round them, free space leaves them out, a seat inside
// one cannot reach an exit, and a desk standing on one is a failing finding naming the column.
// Every number is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { Column, Point } from '../../src/floorplan/types.ts';
import { floorObstacles, freeSpaceArea } from '../../src/rules/walking/freeSpace.ts';
import { buildFloorNavigation } from '../../src/rules/walking/navigation.ts';
import { findingNames } from '../../src/rules/findingNames.ts';
import { formatFinding } from '../../src/rules/format.ts';
import { RULES } from '../../src/rules/registry.ts';
import { ruleTitle } from '../../src/rules/ruleTitles.ts';
import { runRules } from '../../src/rules/runRules.ts';
import { floorPlan, makeFloor, makeRoom, rect, seatAt } from './fixtures.ts';

const column = (id: string, x0: number, y0: number, x1: number, y1: number): Column => ({ id, polygon: rect(x0, y0, x1, y1) });

/** A corridor 20 m long and 3 m wide (y 0..3) with a 1 m square column in its middle (x 9.5..10.5, y 1..2). */
function corridor(columns: Column[] = [column('k1', 9.5, 1, 10.5, 2)]) {
  return makeFloor({ outline: rect(0, 0, 20, 3), columns });
}

describe('walking round a column', () => {
  it('the path from (8, 1.5) to (12, 1.5) goes round the column: 2 × √(1.5² + 0.5²) + 1 = 4.1623 m instead of 4 m', () => {
    const start: Point = [8, 1.5];
    const nav = buildFloorNavigation(corridor());
    const walk = nav.field([{ id: 'e', at: [12, 1.5], width: 1 }]).query(start);
    // to a corner of the column's near face (9.5, 1 or 2), along the 1 m face, to the target
    const expected = 2 * Math.hypot(1.5, 0.5) + 1;
    expect(expected).toBeCloseTo(4.16228, 5);
    expect(walk.straight).toBeCloseTo(4, 9);
    expect(Math.abs(walk.walking - expected)).toBeLessThan(1e-3);
    // the detour the column costs, 0.1623 m
    expect(walk.walking - walk.straight).toBeCloseTo(0.16228, 3);
    // the path touches the column's corners, never its inside
    expect(walk.path.some(([x, y]) => Math.abs(x - 9.5) < 1e-3 && (Math.abs(y - 1) < 1e-3 || Math.abs(y - 2) < 1e-3))).toBe(true);
    for (const p of walk.path) expect(p[0] > 9.5 + 1e-3 && p[0] < 10.5 - 1e-3 && p[1] > 1 + 1e-3 && p[1] < 2 - 1e-3).toBe(false);
  });

  it('without the column the same walk is the straight 4 m', () => {
    const walk = buildFloorNavigation(corridor([])).field([{ id: 'e', at: [12, 1.5], width: 1 }]).query([8, 1.5]);
    expect(Math.abs(walk.walking - 4)).toBeLessThan(1e-3);
  });

  it('a column across the whole corridor (touching both sides) blocks it: no way through', () => {
    const nav = buildFloorNavigation(corridor([column('k1', 9.5, 0, 10.5, 3)]));
    expect(nav.field([{ id: 'e', at: [12, 1.5], width: 1 }]).query([8, 1.5]).walking).toBe(Infinity);
  });

  it('a point inside a column is not free space', () => {
    const nav = buildFloorNavigation(corridor());
    expect(nav.isFree([10, 1.5])).toBe(false);
    expect(nav.isFree([10, 0.5])).toBe(true);
  });
});

describe('free space', () => {
  it('columns are obstacles of their own kind; the corridor keeps 20 × 3 − 1 = 59 m²', () => {
    const floor = corridor();
    expect(floorObstacles(floor)).toEqual([{ id: 'k1', kind: 'column', polygon: rect(9.5, 1, 10.5, 2) }]);
    expect(freeSpaceArea(floor)).toBeCloseTo(59, 9);
    expect(freeSpaceArea(corridor([]))).toBeCloseTo(60, 9);
  });
});

describe('seats and columns', () => {
  const date = '2026-05-20';
  const exits = [{ id: 'e1', at: [0, 5] as Point, width: 1.4, kind: 'exterior' as const }, { id: 'e2', at: [20, 5] as Point, width: 1.4, kind: 'exterior' as const }];
  const zones = [makeRoom('z1', 'work', 0, 0, 20, 10, '话务区')];

  it('a desk overlapping a column fails space.desk-column, naming the desk and the column, with the overlap in m²', () => {
    // desk of seatAt('s1', [5, 5]): centre (5, 5.8), 1.2 × 0.7 → x 4.4..5.6, y 5.45..6.15;
    // column x 5.3..5.9, y 5.9..6.5 → overlap 0.3 × 0.25 = 0.075 m²
    const plan = floorPlan({ zones, exits, workstations: [seatAt('s1', [5, 5]), seatAt('s2', [12, 5])], columns: [column('k1', 5.3, 5.9, 5.9, 6.5)] });
    const findings = runRules(plan, { date }).findings.filter((f) => f.ruleId === 'space.desk-column');
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe('fail');
    expect(f.where.elementIds).toEqual(['s1', 'k1']);
    expect(f.measured).toEqual({ value: 0.075, unit: 'm²' });
    expect(f.messageParams['column']).toBe('k1');
    expect(formatFinding(f, 'en')).toBe('Desk s1 overlaps column k1 by 0.075 m²: move the desk clear of the column.');
    expect(formatFinding(f, 'zh-CN')).toBe('工位 s1 与柱 k1 重叠 0.075 m²，应移开工位避让柱子。');
    // with names for ids, as the panel and the reports print it
    const names = findingNames(plan);
    expect(names.message(f, 'en')).toBe('Desk 1 (话务区) overlaps column (话务区) by 0.075 m²: move the desk clear of the column.');
    expect(names.message(f, 'zh-CN')).toBe('工位 1（话务区）与柱（话务区）重叠 0.075 m²，应移开工位避让柱子。');
    expect(names.subject(f, 'en')).toBe('Desk 1 (话务区), Column (话务区)');
  });

  it('a desk set against the column face (touching, no overlap) passes, once for the floor', () => {
    // the desk's top edge is y = 6.15: a column from y 6.15 up only touches it
    const plan = floorPlan({ zones, exits, workstations: [seatAt('s1', [5, 5])], columns: [column('k1', 5.3, 6.15, 5.9, 6.75)] });
    const findings = runRules(plan, { date }).findings.filter((f) => f.ruleId === 'space.desk-column');
    expect(findings.map((f) => [f.status, f.messageParams['desks'], f.messageParams['columns']])).toEqual([['pass', 1, 1]]);
    expect(formatFinding(findings[0]!, 'en')).toBe('All 1 desks stand clear of the 1 columns.');
  });

  it('a floor without columns gets no space.desk-column finding (nothing to check)', () => {
    const plan = floorPlan({ zones, exits, workstations: [seatAt('s1', [5, 5])] });
    expect(runRules(plan, { date }).findings.filter((f) => f.ruleId === 'space.desk-column')).toEqual([]);
  });

  it('a seat whose occupant point is inside a column cannot reach an exit (fire.seat-access fails)', () => {
    // occupant point (12, 5) lies inside the column x 11.5..12.5, y 4.5..5.5; a column at x 14..15 leaves it free
    const plan = floorPlan({ zones, exits, workstations: [seatAt('s1', [12, 5])], columns: [column('k1', 11.5, 4.5, 12.5, 5.5)] });
    const access = runRules(plan, { date }).findings.find((f) => f.ruleId === 'fire.seat-access')!;
    expect(access.status).toBe('fail');
    expect(access.where.elementIds).toEqual(['s1']);
    const clear = floorPlan({ zones, exits, workstations: [seatAt('s1', [12, 5])], columns: [column('k1', 14, 4.5, 15, 5.5)] });
    expect(runRules(clear, { date }).findings.find((f) => f.ruleId === 'fire.seat-access')!.status).toBe('pass');
  });

  it('the rule is registered, titled in both languages', () => {
    expect(RULES.map((r) => r.id)).toContain('space.desk-column');
    expect(ruleTitle('space.desk-column', 'en')).toBe('Desks clear of columns');
    expect(ruleTitle('space.desk-column', 'zh-CN')).toBe('工位避让柱子');
  });
});
