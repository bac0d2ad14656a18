// The plan types are inferred from the zod schema (issue 18 part 5): exact, no index signature,
// and what parsePlan returns is a PlanDocument without a cast. The type assertions below are
// checked by `tsc --noEmit` (this file is in the type-checked set); vitest checks the runtime half.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parsePlan, planSchema } from '../../src/floorplan/format/index.ts';
import type { Building, DemandProfile, Floor, PlanDocument, Point, Profile, Wall, Workstation, Zone } from '../../src/floorplan/types.ts';

describe('plan types inferred from the schema', () => {
  it('are exact: undeclared fields are type errors, declared ones keep their types', () => {
    expectTypeOf<Point>().toEqualTypeOf<[number, number]>();
    expectTypeOf<Wall['kind']>().toEqualTypeOf<'solid' | 'glass' | 'fire' | 'fire-partition'>();
    expectTypeOf<Building['fireResistanceGrade']>().toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf<Workstation['size']>().toEqualTypeOf<[number, number]>();
    expectTypeOf<keyof Workstation>().toEqualTypeOf<'id' | 'at' | 'rotation' | 'size' | 'role'>();
    expectTypeOf<Zone['fixtures']>().toEqualTypeOf<{ femaleWc: number; maleWc: number; urinals: number; basins?: number | undefined } | undefined>();
    // records keep their index signature (their values are typed, not unknown)
    expectTypeOf<Profile['overrides']>().toEqualTypeOf<Record<string, string | number | boolean>>();
    expectTypeOf<DemandProfile['serviceLevel']>().toEqualTypeOf<{ percent: number; seconds: number }>();

    const wall: Wall = { id: 'w', a: [0, 0], b: [1, 0], kind: 'solid' };
    // @ts-expect-error a mistyped field is not a field of Wall (a loose index signature would allow it)
    const typo: Wall = { id: 'w', a: [0, 0], b: [1, 0], kind: 'solid', heigth: 3 };
    // @ts-expect-error reading an undeclared field is an error, not `unknown`
    void wall.heigth;
    // @ts-expect-error a floor has no `seats` field
    void ({} as Floor).seats;
    expect(typo.kind).toBe('solid');
  });

  it('what the schema parses to is assignable to PlanDocument without a cast', () => {
    const parsed = planSchema.safeParse({});
    if (parsed.success) {
      const plan: PlanDocument = parsed.data;
      expectTypeOf(plan).toEqualTypeOf<PlanDocument>();
    }
    expectTypeOf<z.output<typeof planSchema>>().toExtend<PlanDocument>();
    expect(parsed.success).toBe(false);
  });

  it('parsePlan has no cast to PlanDocument', () => {
    const source = readFileSync(new URL('../../src/floorplan/format/parsePlan.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/as\s+unknown\s+as/);
    expect(source).not.toMatch(/as\s+PlanDocument/);
  });

  it('keeps unknown fields at run time though the types leave them out', () => {
    const text = JSON.stringify({
      format: 'callfloor',
      version: 3,
      name: 'x',
      future: { kept: true },
      site: { boundary: [[0, 0], [10, 0], [10, 10]], green: [], buildings: [] },
    });
    const r = parsePlan(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.plan as unknown as Record<string, unknown>)['future']).toEqual({ kept: true });
  });
});
