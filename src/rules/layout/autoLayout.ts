// Auto-layout: the most seats that pass every rule of the active profile (docs/auto-layout.md).
// 1. Geometry: bench grids over the target zones at many offsets, bench lengths and directions,
//    less the desks that break a clearance (benches.ts, site.ts); ranked by desks.
// 2. Rules: the best candidate is checked by the rules engine (judge.ts). Each failing finding
//    the layout causes is answered by removing desks, farthest from an exit first: a limit on
//    persons (exit width, exit count, fresh air, area per seat, stair width) cuts to what the
//    capacity figures allow in one step; a rule on distances or access removes the desks it names
//    or the farthest ones, and the floor is checked again. What made desks go is recorded as
//    what binds. Further candidates are checked only while they could still seat more.
// 3. Variants: most seats, most comfortable (wider aisles, 1.6 m desk pitch), fewest changes
//    (the floor's desks that pass stay; new benches fill round them).
// With `services`, the target zones get their own luminaires and fresh-air outlets (services.ts)
// before the rules judge the desks: the outlets are sized for each candidate's persons, so fresh
// air no longer limits the seats, and re-sized for the persons of the result.
import { idCounter } from '../../floorplan/commands/idSpace.ts';
import { deskInZones } from '../../floorplan/commands/replaceWorkstations.ts';
import { deskFootprint } from '../../floorplan/geometry/elements.ts';
import { orientedRectangle, rotate } from '../../floorplan/geometry/polygon.ts';
import { documentIds } from '../../floorplan/commands/floorElements.ts';
import type { AirTerminal, Building, Floor, Luminaire, PlanDocument, Polygon, Workstation, Zone } from '../../floorplan/types.ts';
import { demandTarget } from '../demand/demandTargets.ts';
import { FloorMemory } from '../floorMemory.ts';
import type { FloorAnalysis, FloorRunResult, StatusCounts } from '../results.ts';
import type { Finding, RunOptions } from '../types.ts';
import { benchCandidates, toWorkstations, type BenchCandidate } from './benches.ts';
import { LayoutJudge, type FloorServices } from './judge.ts';
import { DEFAULT_LAYOUT_OPTIONS, optionsProblem, variantOptions, type LayoutOptions, type LayoutVariantId } from './options.ts';
import { floorServices, personsByZone, sizeOutlets, zoneServices } from './services.ts';
import { layoutSite } from './site.ts';

export interface LayoutRequest {
  floorId: string;
  /** target zones (default: the floor's work zones) */
  zoneIds?: string[];
  options?: Partial<LayoutOptions>;
  /** default: most seats only */
  variants?: LayoutVariantId[];
  /** also place the target zones' luminaires and fresh-air outlets, replacing theirs (services.ts) */
  services?: boolean;
  run?: RunOptions;
}

/** The target zones' luminaires and outlets of a layout placed with services (what Apply installs). */
export interface LayoutServices {
  luminaires: Luminaire[];
  airTerminals: AirTerminal[];
}

/** What made desks go: a limit on persons (with what it allows) or a rule on distance or access. */
export interface LayoutBinding {
  ruleId: string;
  /** the capacity limit behind it ('exit-width', 'exit-count', 'fresh-air', 'area-per-seat', 'volume-per-person', 'stair-width'); null for distance and access rules */
  limit: string | null;
  /** persons the limit allows on the floor (or in the zone); null for distance and access rules */
  allows: number | null;
  zoneId?: string;
  /** the desks removed were those nearest the place the finding names (a narrow aisle), not the farthest from the exits */
  near?: boolean;
  /** desks it removed */
  removed: number;
}

export interface LayoutVariant {
  id: LayoutVariantId;
  options: LayoutOptions;
  /** the target zones' desks of this layout */
  workstations: Workstation[];
  seats: number;
  /** desks of the current layout kept (fewest changes) */
  kept: number;
  /** bench direction and length of the winning candidate */
  frame: 'x' | 'y' | null;
  desksPerBench: number | null;
  /** desks the geometry allowed, before the rules removed any */
  geometricSeats: number;
  bindings: LayoutBinding[];
  /** the floor's check of the result (every rule of the floor; building rules in newFailures) */
  summary: StatusCounts;
  /** failing findings the layout causes: empty when it passes */
  newFailures: Finding[];
  passes: boolean;
  /** floor persons and compliant capacity of the result */
  persons: number;
  grossArea: number;
  candidatesChecked: number;
  /** the zones' new luminaires and outlets (request.services), else null */
  services: LayoutServices | null;
}

export interface LayoutResult {
  buildingId: string;
  floorId: string;
  zoneIds: string[];
  /** desks in the target zones now */
  currentSeats: number;
  /** desks of the floor outside the target zones (they stay): the floor's seats are these + a variant's */
  otherSeats: number;
  /** seats the plan's demand profiles of this floor need (demandTarget), null without any */
  seatsNeeded: number | null;
  /** luminaires and outlets of the target zones the services replace (request.services), else null */
  replacedServices: { luminaires: number; airTerminals: number } | null;
  variants: LayoutVariant[];
  /** failing findings of the floor that do not depend on the layout (present with no desks) */
  preexisting: Finding[];
  ruleRuns: number;
  ms: number;
}

export interface LayoutProgress {
  done: number;
  total: number;
  /** 'baseline' | a variant id */
  stage: string;
}

export type LayoutProblem = { problem: 'noFloor' | 'noBuilding' | 'noZones' | 'badZone' | 'badOptions'; detail?: string };

/** Where the floor is and which zones the layout fills; a problem when it cannot be laid out. */
export function layoutTarget(plan: PlanDocument, floorId: string, zoneIds?: string[]): { building: Building; floor: Floor; zones: Zone[] } | LayoutProblem {
  const building = plan.site.buildings.find((b) => b.floors.some((f) => f.id === floorId));
  const floor = building?.floors.find((f) => f.id === floorId);
  if (!building || !floor) return { problem: 'noFloor', detail: floorId };
  if (zoneIds && zoneIds.length > 0) {
    const zones: Zone[] = [];
    for (const id of zoneIds) {
      const z = floor.zones.find((x) => x.id === id);
      if (!z) return { problem: 'badZone', detail: id };
      zones.push(z);
    }
    return { building, floor, zones };
  }
  const zones = floor.zones.filter((z) => z.use === 'work');
  return zones.length ? { building, floor, zones } : { problem: 'noZones', detail: floorId };
}

/** Desk and chair: the desk's footprint lengthened behind by the chair space. */
export function deskEnvelope(ws: Workstation, chairSpace: number): Polygon {
  const [dx, dy] = rotate([0, -chairSpace / 2], ws.rotation);
  return orientedRectangle([ws.at[0] + dx, ws.at[1] + dy], ws.size[0], ws.size[1] + chairSpace, ws.rotation);
}

/** Ids for the layout's new desks and services (`~tag` in a shared project's id space: idSpace.ts). */
function idMaker(plan: PlanDocument, prefix: string): () => string {
  return idCounter(prefix, documentIds(plan), 'first-free');
}

const LIMIT_OF_RULE: Record<string, { scope: 'floor' | 'zone'; limits: string[] }> = {
  'fire.egress-width': { scope: 'floor', limits: ['exit-width'] },
  'fire.exit-count': { scope: 'floor', limits: ['exit-count'] },
  'vent.fresh-air': { scope: 'zone', limits: ['fresh-air'] },
  'space.area-per-seat': { scope: 'zone', limits: ['area-per-seat', 'volume-per-person'] },
};
/** Rules whose findings name the desks at fault. */
const DESK_RULES = new Set(['fire.seat-access', 'space.desk-column', 'zoning.seat-in-zone']);
const MAX_ROUNDS = 6;

interface Trimmed {
  desks: Workstation[];
  bindings: LayoutBinding[];
  result: FloorRunResult;
  newFailures: Finding[];
}

class Bindings {
  readonly list: LayoutBinding[] = [];
  add(b: Omit<LayoutBinding, 'removed'>, removed: number): void {
    if (removed <= 0) return;
    const same = this.list.find((x) => x.ruleId === b.ruleId && x.limit === b.limit && x.zoneId === b.zoneId && x.near === b.near);
    if (same) {
      same.removed += removed;
      if (b.allows !== null) same.allows = b.allows;
    } else this.list.push({ ...b, removed });
  }
}

/**
 * Removes desks until the floor's and the building's rules pass (no failing finding the layout
 * causes), farthest from an exit first; `keep` marks desks removed last (fewest changes).
 */
function trim(judge: LayoutJudge, start: Workstation[], zones: readonly Zone[], keep: ReadonlySet<string>): Trimmed {
  const memory = new FloorMemory<FloorAnalysis>(1);
  const bindings = new Bindings();
  let desks = start;
  let verdict = judge.floor(desks, memory);
  // farthest (or unreachable) first; kept desks after new ones
  const removalOrder = (result: FloorRunResult, list: Workstation[]): Workstation[] => {
    const walk = new Map(result.analysis.workstations.map((w) => [w.id, w.walking ?? Infinity]));
    return [...list].sort((a, b) => Number(keep.has(a.id)) - Number(keep.has(b.id)) || (walk.get(b.id) ?? Infinity) - (walk.get(a.id) ?? Infinity));
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fails = verdict.newFloorFails;
    if (fails.length === 0) {
      const building = judge.building(desks);
      if (building.length === 0) return { desks, bindings: bindings.list, result: verdict.result, newFailures: [] };
      // stair width: the most desks (nearest first) the building's rules accept, by halving
      const order = removalOrder(verdict.result, desks).reverse();
      let lo = 0;
      let hi = desks.length;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (judge.building(order.slice(0, mid)).length === 0) lo = mid;
        else hi = mid;
      }
      const allowedPersons = Math.floor(verdict.result.capacity.persons - (desks.length - lo) * judge.shiftOverlap);
      for (const f of building) bindings.add({ ruleId: f.ruleId, limit: f.ruleId === 'fire.stair-width' ? 'stair-width' : null, allows: f.ruleId === 'fire.stair-width' ? allowedPersons : null }, desks.length - lo);
      const kept = new Set(order.slice(0, lo).map((d) => d.id));
      desks = desks.filter((d) => kept.has(d.id));
      verdict = judge.floor(desks, memory);
      continue;
    }
    const remove = new Set<string>();
    const ids = new Set(desks.map((d) => d.id));
    const order = removalOrder(verdict.result, desks);
    const cap = verdict.result.capacity;
    const walk = new Map(verdict.result.analysis.workstations.map((w) => [w.id, w]));
    // zone limits first, then the floor's (counting what the zones gave up), then distances
    const rank = (f: Finding): number => (DESK_RULES.has(f.ruleId) ? 0 : LIMIT_OF_RULE[f.ruleId]?.scope === 'zone' ? 1 : LIMIT_OF_RULE[f.ruleId] ? 2 : 3);
    for (const f of [...fails].sort((a, b) => rank(a) - rank(b))) {
      const before = remove.size;
      const limited = LIMIT_OF_RULE[f.ruleId];
      if (DESK_RULES.has(f.ruleId)) {
        for (const id of f.where.elementIds) if (ids.has(id)) remove.add(id);
        bindings.add({ ruleId: f.ruleId, limit: null, allows: null }, remove.size - before);
      } else if (limited) {
        const zoneId = limited.scope === 'zone' ? f.where.elementIds.find((id) => cap.zones.some((z) => z.id === id)) : undefined;
        const figures = zoneId ? cap.zones.find((z) => z.id === zoneId)! : cap;
        const limit = figures.limits.find((l) => limited.limits.includes(l.id));
        const inScope = zoneId ? order.filter((d) => walk.get(d.id)?.zone === zoneId) : order;
        const gone = inScope.filter((d) => remove.has(d.id)).length;
        const excess = limit && limit.allows !== null ? figures.persons - limit.allows - gone * judge.shiftOverlap : 0;
        // a limit that allows as many persons as there are fails for another reason: a few desks at a time
        const count = limit && limit.allows !== null && figures.persons > limit.allows ? Math.max(0, Math.ceil(excess / judge.shiftOverlap - 1e-9)) : Math.max(1, Math.ceil(inScope.length * 0.05));
        let n = 0;
        for (const d of inScope) {
          if (n >= count) break;
          if (remove.has(d.id)) continue;
          remove.add(d.id);
          n++;
        }
        bindings.add({ ruleId: f.ruleId, limit: limit?.id ?? null, allows: limit?.allows ?? null, ...(zoneId ? { zoneId } : {}) }, remove.size - before);
      } else if (f.required.comparator === '>=' && f.where.point && typeof f.required.value === 'number') {
        // a least width (an aisle) at a point: the desks nearest it go, those within the width and a metre of it
        const at = f.where.point;
        const reach = f.required.value + 1;
        const near = desks.map((d) => ({ d, gap: Math.min(...deskFootprint(d).map((p) => Math.hypot(p[0] - at[0], p[1] - at[1]))) })).sort((a, b) => a.gap - b.gap);
        const close = near.filter(({ gap }, i) => i < 2 || gap <= reach).map(({ d }) => d);
        // new desks before kept ones (fewest changes)
        const fresh = close.filter((d) => !keep.has(d.id));
        for (const d of fresh.length ? fresh : close) remove.add(d.id);
        bindings.add({ ruleId: f.ruleId, limit: null, allows: null, near: true }, remove.size - before);
      } else {
        // distance and reach: the farthest tenth of the desks in the finding's zone (or the floor), and any over the limit
        const zoneId = f.where.elementIds.find((id) => zones.some((z) => z.id === id));
        const inScope = order.filter((d) => !zoneId || walk.get(d.id)?.zone === zoneId);
        const isMaximum = f.required.comparator === '<=' || f.required.comparator === '<';
        const limit = isMaximum && typeof f.required.value === 'number' && f.required.unit === 'm' ? f.required.value : Infinity;
        const count = Math.max(1, Math.ceil(inScope.length * 0.1));
        let n = 0;
        for (const d of inScope) {
          const w = walk.get(d.id);
          const over = (w?.walking ?? Infinity) > limit || (w?.straight ?? 0) > limit;
          if (n >= count && !over) break;
          if (!remove.has(d.id)) remove.add(d.id);
          n++;
        }
        bindings.add({ ruleId: f.ruleId, limit: null, allows: null, ...(zoneId ? { zoneId } : {}) }, remove.size - before);
      }
    }
    if (remove.size === 0) break;
    desks = desks.filter((d) => !remove.has(d.id));
    verdict = judge.floor(desks, memory);
  }
  if (verdict.newFloorFails.length === 0 && judge.building(desks).length === 0) return { desks, bindings: bindings.list, result: verdict.result, newFailures: [] };
  // Last resort: the most desks, nearest the exits first, that pass, by halving (few full runs).
  const order = removalOrder(verdict.result, desks).reverse();
  let lo = 0;
  let hi = order.length;
  let best: { desks: Workstation[]; result: FloorRunResult } | null = null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const list = order.slice(0, mid);
    const v = judge.floor(list, memory);
    if (v.newFloorFails.length === 0 && judge.building(list).length === 0) {
      lo = mid;
      best = { desks: list, result: v.result };
    } else hi = mid;
  }
  const failing = verdict.newFloorFails;
  for (const f of failing) bindings.add({ ruleId: f.ruleId, limit: null, allows: null }, desks.length - lo);
  if (best) return { desks: best.desks, bindings: bindings.list, result: best.result, newFailures: [] };
  const none = judge.floor([], memory);
  return { desks: [], bindings: bindings.list, result: none.result, newFailures: none.newFloorFails };
}

/**
 * Lays out the floor's target zones. Throws nothing for a bad floor or zone: returns the problem.
 * `onProgress` is called before each stage (a worker posts it).
 */
export function autoLayout(plan: PlanDocument, request: LayoutRequest, onProgress?: (p: LayoutProgress) => void): LayoutResult | LayoutProblem {
  const t0 = performance.now();
  const target = layoutTarget(plan, request.floorId, request.zoneIds);
  if ('problem' in target) return target;
  const base: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...request.options };
  const problem = optionsProblem(base);
  if (problem) return { problem: 'badOptions', detail: problem };
  const { building, floor, zones } = target;
  const variants = request.variants?.length ? request.variants : (['most-seats'] as LayoutVariantId[]);
  const current = floor.workstations.filter((ws) => deskInZones(ws, zones));
  const currentIds = new Set(current.map((w) => w.id));
  const others = floor.workstations.filter((ws) => !currentIds.has(ws.id));
  const judge = new LayoutJudge(plan, building.id, floor.id, others, request.run ?? {});
  // routes pass between bench ends and the façade, columns and cores: keep those gaps no narrower
  // than the profile's least aisle width (fire.aisle.minWidth, where the profile has it)
  const aisleMin = judge.read.has('fire.aisle.minWidth') ? judge.read.num('fire.aisle.minWidth') : 0;
  const clear = (o: LayoutOptions): LayoutOptions => ({ ...o, facadeBand: Math.max(o.facadeBand, aisleMin), columnClearance: Math.max(o.columnClearance, aisleMin) });
  const total = variants.length + 1;
  onProgress?.({ done: 0, total, stage: 'baseline' });
  judge.baseline();
  const newId = idMaker(plan, `${floor.id}-al`);
  // services: luminaires sized once (they do not depend on the desks); outlets sized per persons
  const serviceIds = { l: idMaker(plan, `${floor.id}-all-`), a: idMaker(plan, `${floor.id}-ala-`) };
  const services = request.services ? zoneServices(floor, zones, judge.read, (kind) => (kind === 'a' ? serviceIds.a : serviceIds.l)()) : null;
  const outletIds = services ? services.outlets.map(() => serviceIds.a()) : [];
  const ownOutlets = new Set(outletIds);
  const servicesFor = (desks: Workstation[]): FloorServices | null =>
    services ? floorServices(floor, services, sizeOutlets(services, zones, personsByZone(floor, [...others, ...desks], judge.shiftOverlap), judge.read, outletIds)) : null;
  const out: LayoutVariant[] = [];
  for (const [i, id] of variants.entries()) {
    onProgress?.({ done: i + 1, total, stage: id });
    const o = clear(variantOptions(id, base));
    let kept: Workstation[] = [];
    if (id === 'fewest-changes' && current.length > 0) {
      // the desks now in the zones that pass their own checks (reachable, off the columns, in a zone) stay
      const memory = new FloorMemory<FloorAnalysis>(0);
      const v = judge.floor(current, memory);
      const bad = new Set(v.newFloorFails.filter((f) => DESK_RULES.has(f.ruleId)).flatMap((f) => f.where.elementIds));
      kept = current.filter((w) => !bad.has(w.id));
    }
    const site = layoutSite(floor, zones, o, kept.map((w) => deskEnvelope(w, o.chairSpace)));
    const candidates = benchCandidates(site, o);
    const keepIds = new Set(kept.map((w) => w.id));
    let best: { trimmed: Trimmed; candidate: BenchCandidate | null; services: FloorServices | null } | null = null;
    let checked = 0;
    const seen = new Set<number>();
    for (const c of candidates) {
      if (checked >= 3 || seen.has(c.desks.length)) continue;
      // a candidate is worth checking only while it could seat more than the best found
      if (best && kept.length + c.desks.length <= best.trimmed.desks.length) break;
      seen.add(c.desks.length);
      const desks = [...kept, ...toWorkstations(c.desks, o, newId)];
      judge.services = servicesFor(desks);
      const trimmed = trim(judge, desks, zones, keepIds);
      checked++;
      if (!best || trimmed.desks.length > best.trimmed.desks.length) best = { trimmed, candidate: c, services: judge.services };
      // a limit on persons binds every candidate alike: no other grid seats more
      if (trimmed.bindings.some((b) => b.allows !== null)) break;
    }
    if (!best) {
      judge.services = servicesFor(kept);
      best = { trimmed: trim(judge, kept, zones, keepIds), candidate: null, services: judge.services };
    }
    const { candidate } = best;
    let { trimmed } = best;
    let placed = best.services;
    if (services && trimmed.newFailures.length === 0) {
      // outlets sized for the persons the rules left (fewer than the candidate's): checked once more
      const resized = servicesFor(trimmed.desks)!;
      judge.services = resized;
      const verdict = judge.floor(trimmed.desks, new FloorMemory<FloorAnalysis>(0));
      if (verdict.newFloorFails.length === 0 && judge.building(trimmed.desks).length === 0) {
        trimmed = { ...trimmed, result: verdict.result };
        placed = resized;
      }
    }
    judge.services = null;
    out.push({
      id,
      options: o,
      workstations: trimmed.desks,
      seats: trimmed.desks.length,
      kept: trimmed.desks.filter((d) => keepIds.has(d.id)).length,
      frame: candidate?.frame ?? null,
      desksPerBench: candidate?.desksPerBench ?? null,
      geometricSeats: kept.length + (candidate?.desks.length ?? 0),
      bindings: trimmed.bindings,
      summary: trimmed.result.summary,
      newFailures: trimmed.newFailures,
      passes: trimmed.newFailures.length === 0,
      persons: trimmed.result.capacity.persons,
      grossArea: trimmed.result.capacity.grossArea,
      candidatesChecked: checked,
      services: services && placed ? { luminaires: services.luminaires, airTerminals: placed.airTerminals.filter((t) => ownOutlets.has(t.id)) } : null,
    });
  }
  onProgress?.({ done: total, total, stage: 'done' });
  return {
    buildingId: building.id,
    floorId: floor.id,
    zoneIds: zones.map((z) => z.id),
    currentSeats: current.length,
    otherSeats: others.length,
    seatsNeeded: demandTarget(plan, { kind: 'floor', floorId: floor.id }),
    replacedServices: services ? { luminaires: services.replacedLuminaires.size, airTerminals: services.replacedOutlets.size } : null,
    variants: out,
    preexisting: judge.preexisting,
    ruleRuns: judge.runs,
    ms: Math.round(performance.now() - t0),
  };
}
