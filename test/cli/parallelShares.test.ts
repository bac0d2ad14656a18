// How runRulesInThreads deals buildings out to threads (shareBuildings), and that a check dealt
// out that way (each thread sent only its own buildings and the pooled ones) gives exactly what
// the single-threaded runRules gives.
import { expectThreadedAsInline } from './threadedCheck.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { closeRulesThreads, shareBuildings } from '../../src/cli/parallelRules.ts';
import { generatePark } from '../../src/floorplan/generate/park.ts';
import type { Building, PlanDocument } from '../../src/floorplan/types.ts';

afterAll(() => closeRulesThreads());

/** A building of floors with these seat counts (only what shareBuildings reads is real). */
function building(id: string, seats: number[]): Building {
  return { id, floors: seats.map((n, i) => ({ id: `${id}-${i}`, workstations: Array.from({ length: n }) })) } as unknown as Building;
}

describe('shareBuildings', () => {
  it('pools the smallest buildings (at most 15 % of the estimate) and deals the rest out largest first to the least loaded lane', () => {
    // estimates (seats + 200 per floor): A 2200, B 1600, C 1400, D 1200, E 1000, F 300, G 250 → total 7950, 15 % = 1192.5
    const list = [
      building('E', [800]), building('A', [1000, 800]), building('G', [50]), building('C', [1200]),
      building('F', [100]), building('B', [1400]), building('D', [1000]),
    ];
    const s = shareBuildings(list, 2);
    // G (250) + F (300) = 550 pooled; E would make 1550 > 1192.5
    expect(s.pool).toEqual(['F', 'G']);
    // A → 0 (2200), B → 1 (1600), C → 1 (3000), D → 0 (3400), E → 1 (4000)
    expect(s.own).toEqual([['A', 'D'], ['B', 'C', 'E']]);
  });

  it('pools everything when too few buildings are left to deal out (a tower, a small park)', () => {
    expect(shareBuildings([building('T', [300, 300, 300, 300])], 2)).toEqual({ own: [[], []], pool: ['T'] });
    const three = [building('A', [900]), building('B', [800]), building('C', [700])];
    expect(shareBuildings(three, 2)).toEqual({ own: [[], []], pool: ['A', 'B', 'C'] });
  });
});

describe('runRulesInThreads with buildings dealt out', () => {
  // four copies of a small park's buildings under other ids: eight buildings, enough to deal out to two lanes
  const base = generatePark({ seats: 1500, seed: 4 });
  const plan: PlanDocument = {
    ...base,
    site: {
      ...base.site,
      buildings: [0, 1, 2, 3].flatMap((copy) => base.site.buildings.map((b) => ({ ...structuredClone(b), id: `${b.id}-${copy}` }))),
    },
  };

  it('deals buildings out to two lanes and gives the result of runRules in both profiles', async () => {
    const shares = shareBuildings(plan.site.buildings, 2);
    expect(shares.own[0]!.length).toBeGreaterThan(0);
    expect(shares.own[1]!.length).toBeGreaterThan(0);
    await expectThreadedAsInline(plan, 2);
  }, 120_000);
});
