// fire.stair-width — evacuation stairs of every floor above the ground floor, against the persons
// they carry. gb: Σ stair widths ≥ persons × factor / 100 (GB 50016 §5.5.21-1, Table 5.5.21-1),
// where a lower floor's stairs carry the most-populated floor at or above it ("下层楼梯的总净宽度应
// 按该层及以上疏散人数最多一层的人数计算"); each stair ≥ 1.10 m, 1.20 m in a high-rise building
// (§5.5.18, Table 5.5.18). intl: Σ ≥ occupant load × 7.6 mm (IBC 1005.3.1), the load the largest
// of the floors at or above (IBC 1005.4: capacity not reduced along the way out); each stair ≥
// 1118 mm, 914 mm where that load is under 50 (IBC 1011.2).
// Building scope: a floor's requirement depends on the floors above it. The ground floor's way
// out is its exterior exits, so floors from level 2 up are judged; underground floors are not.
import { centroid } from '../../../floorplan/geometry/polygon.ts';
import type { Floor } from '../../../floorplan/types.ts';
import { gbWidthFactorId, intlOccupantLoad } from '../../walking/egressLimits.ts';
import { floorStairs, storeysAboveGround, type Stair } from '../../analysis/stairs.ts';
import type { BuildingFacts, RunContext } from '../../context.ts';
import { compare, makeFinding, round, type FindingInput } from '../../finding.ts';
import type { BuildingRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const GB_FACTORS = ['fire.widthPer100.g12.s12', 'fire.widthPer100.g12.s3', 'fire.widthPer100.g12.s4', 'fire.widthPer100.g3.s12', 'fire.widthPer100.g3.s3', 'fire.widthPer100.g3.s4', 'fire.widthPer100.g4.s12'];

interface FloorLoad {
  floor: Floor;
  persons: number;
}

/** The stair's element ids: the core (or exit) first, then the exits on it. */
function stairIds(stair: Stair): string[] {
  return [stair.id, ...stair.exits.map((e) => e.id).filter((id) => id !== stair.id)];
}

export const stairWidth: BuildingRule = {
  id: 'fire.stair-width',
  area: 'fire',
  scope: 'building',
  parameters: {
    gb: [...GB_FACTORS, 'fire.stair.minWidth', 'fire.stair.minWidth.high'],
    intl: ['fire.capacity.stair', 'fire.occupantLoadFactor', 'fire.stair.minWidth', 'fire.stair.minWidth.small', 'fire.stair.smallLoad'],
  },
  check(ctx: RunContext, facts: BuildingFacts) {
    const { read } = ctx;
    const gb = read.base === 'gb';
    const building = facts.building;
    const findings: Finding[] = [];
    const at = (floor: Floor, input: Omit<FindingInput, 'buildingId' | 'floorId'>): Finding =>
      makeFinding(this.id, this.area, input, building.id, floor.id);

    // persons (gb) or occupant load (intl) of each floor above ground, top floor first
    const loads: FloorLoad[] = building.floors
      .filter((f) => f.level >= 1)
      .sort((a, b) => b.level - a.level)
      .map((floor) => {
        // a context of its own, not ctx.floor(): the run's floor contexts carry the links for
        // re-using walks that only the floor's own check may set (floorMemory.ts)
        const fc = ctx.standaloneFloor(facts, floor);
        return { floor, persons: gb ? fc.occupancy.persons : intlOccupantLoad(fc) };
      });
    const served = loads.filter((l) => l.floor.level >= 2);
    // Table 5.5.21-1 by the building's storeys above ground (stated, else drawn)
    const storeys = storeysAboveGround(facts);
    const factorFacts = { ...facts, storeys };
    if (served.length === 0) {
      const clause = gb ? read.clause(gbWidthFactorId(factorFacts)) : read.clause('fire.capacity.stair');
      return [makeFinding(this.id, this.area, {
        status: 'n/a', variant: 'na-no-upper-floors', measured: { value: null, unit: 'm' }, required: { value: null, unit: 'm', comparator: '>=' },
        clause, buildingId: building.id, params: { building: building.name },
      })];
    }

    const factorId = gb ? gbWidthFactorId(factorFacts) : 'fire.capacity.stair';
    const factor = read.num(factorId);
    let governing: FloorLoad | null = null;
    for (const load of loads) {
      // floors come top first: the most-populated floor at or above this one (the higher one on a tie)
      if (!governing || load.persons > governing.persons) governing = load;
      if (load.floor.level < 2) continue;
      const carried = governing.persons;
      const required = gb ? (carried * factor) / 100 : (carried * factor) / 1000;
      const stairs = floorStairs(load.floor);
      const total = stairs.reduce((sum, s) => sum + s.width, 0);
      const byDoor = stairs.filter((s) => s.source === 'door').length;
      const params = {
        persons: carried,
        own: load.persons,
        governing: governing.floor.name,
        factor,
        storeys,
        stairs: stairs.map((s) => s.id).join(', '),
        count: stairs.length,
        byDoor,
        shortfall: round(Math.max(0, required - total), 2),
      };
      const measured = { value: round(total, 3), unit: 'm' };
      const need = { value: round(required, 3), unit: 'm', comparator: '>=' as const };
      if (stairs.length === 0) {
        findings.push(at(load.floor, carried === 0
          ? { status: 'n/a', variant: 'na-no-persons', measured, required: need, clause: read.clause(factorId), params }
          : { status: 'fail', variant: 'no-stairs', measured, required: need, clause: read.clause(factorId), params }));
        continue;
      }
      const status = compare(total, '>=', required);
      findings.push(at(load.floor, {
        status, variant: byDoor > 0 ? `${status}-door` : status, measured, required: need, clause: read.clause(factorId),
        elementIds: stairs.flatMap(stairIds), params,
      }));

      // each stair's own minimum
      const minId = gb ? (facts.highRise ? 'fire.stair.minWidth.high' : 'fire.stair.minWidth') : carried < read.num('fire.stair.smallLoad') ? 'fire.stair.minWidth.small' : 'fire.stair.minWidth';
      const minimum = read.num(minId);
      for (const stair of stairs) {
        if (compare(stair.width, '>=', minimum) === 'pass') continue;
        findings.push(at(load.floor, {
          status: 'fail', variant: stair.source === 'door' ? 'narrow-door' : 'narrow',
          measured: { value: round(stair.width, 3), unit: 'm' }, required: { value: minimum, unit: 'm', comparator: '>=' },
          clause: read.clause(minId), elementIds: stairIds(stair), point: stair.exits[0]?.at ?? (stair.core ? centroid(stair.core.polygon) : undefined),
          params: { stair: stair.id, highRise: facts.highRise ? 1 : 0 },
        }));
      }
    }
    return findings;
  },
};
