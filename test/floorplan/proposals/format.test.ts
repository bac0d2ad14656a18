import { CURRENT_VERSION } from '../../../src/floorplan/format/migrations.ts';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../../src/floorplan/format/serializePlan.ts';
import { comparePlanProposals } from '../../../src/floorplan/proposals/comparePlan.ts';
import { bindingLimit } from '../../../src/floorplan/proposals/compare.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';

function withProposals(): PlanDocument {
  const plan = examplePlan();
  const sparse = structuredClone(plan.site);
  const firstFloor = sparse.buildings[0]!.floors[0]!;
  firstFloor.workstations = [];
  return {
    ...plan,
    activeProposal: { id: 'a', name: '方案A 高密度' },
    proposals: [{ id: 'b', name: '方案B 舒适型', site: sparse, note: 'no seats yet' }],
    costs: { currency: 'CNY', fitOutPerM2: 1200, rentPerM2Month: 40, equipmentPerSeat: 5000 },
    presentation: true,
  };
}

describe('proposals in the plan file (optional fields, no version of their own)', () => {
  it('round-trips through serialize and parse unchanged, at the current version', () => {
    const plan = withProposals();
    const parsed = parsePlan(serializePlan(plan));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.version).toBe(CURRENT_VERSION);
    expect(parsed.plan.proposals).toEqual(plan.proposals);
    expect(parsed.plan.activeProposal).toEqual(plan.activeProposal);
    expect(parsed.plan.costs).toEqual(plan.costs);
    expect(parsed.plan.presentation).toBe(true);
  });

  it('rejects a negative cost and a lower-case currency', () => {
    const bad = withProposals();
    bad.costs = { ...bad.costs!, fitOutPerM2: -5 };
    expect(parsePlan(JSON.stringify(bad)).ok).toBe(false);
    const badCurrency = withProposals();
    badCurrency.costs = { ...badCurrency.costs!, currency: 'cny' };
    expect(parsePlan(JSON.stringify(badCurrency)).ok).toBe(false);
  });

  it('rejects a proposal without a site', () => {
    const bad = JSON.parse(serializePlan(withProposals())) as { proposals: { site?: unknown }[] };
    delete bad.proposals[0]!.site;
    expect(parsePlan(JSON.stringify(bad)).ok).toBe(false);
  });
});

describe('comparePlanProposals with the rules engine', () => {
  it('takes seats, capacity and GFA from runRules for each layout and prices them with the plan costs', () => {
    const plan = withProposals();
    const comparison = comparePlanProposals(plan, runRules);
    expect(comparison.proposals.map((p) => p.name)).toEqual(['方案A 高密度', '方案B 舒适型']);
    const [a, b] = comparison.proposals;
    const runA = runRules(plan);
    const runB = runRules({ ...plan, site: plan.proposals![0]!.site });
    expect(a!.seats).toBe(runA.capacity.seats);
    expect(b!.seats).toBe(runB.capacity.seats);
    // the example's one floor is the 60 m × 30 m footprint with one workstation
    expect(runA.capacity.grossArea).toBe(1800);
    expect([a!.seats, b!.seats]).toEqual([1, 0]);
    expect(a!.capacity).toBe(runA.capacity.capacity);
    expect(b!.binding).toBe(bindingLimit(runB.capacity));
    expect(a!.fitOut).toBe(2_160_000); // 1200 × 1800
    expect(a!.oneOffPerSeat).toBe(2_165_000); // (2 160 000 + 5000 × 1) / 1
    expect(a!.rentPerSeatMonth).toBe(72_000); // 40 × 1800 / 1
    expect(b!.fitOut).toBe(2_160_000);
    expect(b!.oneOffPerSeat).toBeNull();
    expect(comparison.currency).toBe('CNY');
    expect(comparison.rows.find((r) => r.key === 'seats')!.best).toEqual([0]);
  });
});
