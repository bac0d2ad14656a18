// fire.stair-enclosure — the evacuation stairs are enclosed as the building's height and class
// require (gb only). GB 50016 §5.5.12: 一类高层公共建筑 and 二类 over 32 m → 防烟楼梯间
// (smoke-proof); other high-rise public buildings → 封闭楼梯间 (enclosed). §5.5.13: multi-storey
// public buildings → enclosed for 医疗、旅馆、老年人、歌舞娱乐、商店、图书馆、展览、会议 uses and
// for every other building of 6 storeys or more (an office: set the storey count to 1 for the
// listed uses); otherwise open stairs are allowed. Smoke-proof satisfies enclosed. A stair core
// whose enclosure is not stated, and a stair exit on no stair core, count as open (and say so).
// The §5.5.13 exception for stairs opening onto an open external gallery is not judged.
// A floor rule: what it reads of the building (height, storeys, class) is part of the settings a
// remembered floor must match. One finding per floor with stairs.
import { centroid } from '../../../floorplan/geometry/polygon.ts';
import type { StairEnclosure } from '../../../floorplan/types.ts';
import { floorStairs, stairCores, storeysAboveGround } from '../../analysis/stairs.ts';
import type { BuildingFacts, ProfileReader } from '../../context.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';
import type { Point } from '../../../floorplan/types.ts';

/** What a stair is, as judged: its stated enclosure, or 'unstated' (judged open). */
type Measured = StairEnclosure | 'unstated';

const RANK: Record<Measured, number> = { unstated: 0, open: 0, enclosed: 1, 'smoke-proof': 2 };

export interface EnclosureNeed {
  need: StairEnclosure;
  /** parameter (local id) whose clause the need comes from */
  id: string;
}

/** The enclosure GB 50016 §5.5.12–§5.5.13 asks of the building's evacuation stairs. */
export function requiredEnclosure(read: ProfileReader, facts: BuildingFacts): EnclosureNeed {
  if (facts.highRise) {
    const id = 'fire.stairEnclosure.smokeProofHeight';
    const smokeProof = facts.class1 || facts.building.height > read.num(id) + 1e-9;
    return { need: smokeProof ? 'smoke-proof' : 'enclosed', id };
  }
  const id = 'fire.stairEnclosure.enclosedStoreys';
  return { need: storeysAboveGround(facts) >= read.num(id) ? 'enclosed' : 'open', id };
}

interface JudgedStair {
  id: string;
  measured: Measured;
  at: Point;
}

export const stairEnclosure: FloorRule = {
  id: 'fire.stair-enclosure',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.stairEnclosure.smokeProofHeight', 'fire.stairEnclosure.enclosedStoreys', 'fire.highRiseHeight', 'fire.class1Height', 'fire.buildingClass'] },
  check(ctx) {
    const { read, floor, facts } = ctx;
    // underground floors follow other clauses (§6.4.4); a floor with no stair has nothing to judge
    if (floor.level < 1) return [];
    const stairs: JudgedStair[] = stairCores(floor).map((c) => ({ id: c.id, measured: c.enclosure ?? 'unstated', at: centroid(c.polygon) }));
    for (const s of floorStairs(floor)) if (!s.core) stairs.push({ id: s.id, measured: 'unstated', at: s.exits[0]!.at });
    if (stairs.length === 0) return [];

    const { need, id } = requiredEnclosure(read, facts);
    const clause = read.clause(id);
    const base = { height: facts.building.height, storeys: storeysAboveGround(facts), limit: read.num(id), building: facts.building.name };
    const required = { value: need, unit: '', comparator: '>=' as const };
    const ids = stairs.map((s) => s.id);
    const weakest = stairs.reduce<Measured>((w, s) => (RANK[s.measured] < RANK[w] ? s.measured : w), 'smoke-proof');
    const shown = (m: Measured): StairEnclosure => (m === 'unstated' ? 'open' : m);
    const failing = stairs.filter((s) => RANK[s.measured] < RANK[need]);
    if (failing.length === 0) {
      return [floorFinding(this, ctx, {
        status: 'pass', variant: need === 'open' ? 'open-allowed' : `pass-${need}`, measured: { value: shown(weakest), unit: '' }, required, clause,
        elementIds: ids, params: { ...base, stairs: ids.join(', '), count: ids.length },
      })];
    }
    // one finding per kind of shortfall: not stated, open, enclosed where smoke-proof is needed
    const findings: Finding[] = [];
    for (const kind of ['unstated', 'open', 'enclosed'] as const) {
      const group = failing.filter((s) => s.measured === kind);
      if (group.length === 0) continue;
      findings.push(floorFinding(this, ctx, {
        status: 'fail', variant: `need-${need}-${kind}`, measured: { value: shown(kind), unit: '' }, required, clause,
        elementIds: group.map((s) => s.id), point: group[0]!.at,
        params: { ...base, stairs: group.map((s) => s.id).join(', '), count: group.length },
      }));
    }
    return findings;
  },
};
