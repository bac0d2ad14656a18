// Tenants, phases and the new cost amounts in the plan file: round trip and schema refusals.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../../src/floorplan/format/serializePlan.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { economicsPlan } from './fixture.ts';

const parses = (plan: PlanDocument): boolean => parsePlan(JSON.stringify(plan)).ok;

describe('economics fields in the file', () => {
  it('round-trip unchanged', () => {
    const plan = economicsPlan();
    const parsed = parsePlan(serializePlan(plan));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.tenants).toEqual(plan.tenants);
    expect(parsed.plan.phases).toEqual(plan.phases);
    expect(parsed.plan.costs).toEqual(plan.costs);
    expect(parsed.plan.site.buildings[0]!.phase).toBe('p1');
    expect(parsed.plan.site.buildings[1]!.floors[0]!.phase).toBe('p2');
  });

  it('are refused when malformed', () => {
    const p = economicsPlan();
    expect(parses(p)).toBe(true);
    const badDate = economicsPlan();
    badDate.tenants![0]!.leaseStart = '2026-1-1';
    expect(parses(badDate)).toBe(false);
    const badSeats = economicsPlan();
    badSeats.tenants![0]!.seats = -2;
    expect(parses(badSeats)).toBe(false);
    const badLand = economicsPlan();
    badLand.costs!.landCost = -1;
    expect(parses(badLand)).toBe(false);
    const noName = economicsPlan() as unknown as { phases: { name?: string }[] };
    delete noName.phases[0]!.name;
    expect(parses(noName as unknown as PlanDocument)).toBe(false);
  });
});
