// The contexts of a check (context.ts) as computed: each analysis is built on first use and
// memoized for the run or the floor, and a re-check of a floor whose desks alone changed re-uses
// the earlier check's walks, grid, compartments and lighting (FloorLink, floorMemory.ts).
import { floorGrossArea } from '../floorplan/queries/areas.ts';
import type { Building, Floor, PlanDocument, Zone, ZoneUse } from '../floorplan/types.ts';
import { floorCompartments, type Compartment } from './analysis/compartments.ts';
import { floorEgress, type FloorEgress } from './walking/egress.ts';
import type { DeskDelta } from './walking/floorDelta.ts';
import { floorLighting, lightingSettings } from './analysis/floorLighting.ts';
import { floorGrid, type FloorGrid } from './walking/grid.ts';
import type { ZoneLighting } from './analysis/illuminance.ts';
import { lowRiseExitsKey } from './analysis/lowRiseExits.ts';
import { buildFloorNavigation, type FloorNavigation } from './walking/navigation.ts';
import { deskIndexById } from './analysis/deskIndex.ts';
import { floorOccupancy, type FloorOccupancy } from './analysis/occupants.ts';
import { extinguisherReach, restReach, type ExtinguisherReach, type RestReach } from './walking/reach.ts';
import { zoneEnclosures, type ZoneEnclosure } from './analysis/rooms.ts';
import { acceptedFindingKeys, sprinklerCredit, sprinklerJudgements, SPRINKLER_SPACING_RULE, type SprinklerCredit, type SprinklerJudgement } from './analysis/sprinklerLayout.ts';
import { buildZoneIndex, type ZoneIndex } from './analysis/zoneIndex.ts';
import { buildingFacts, type BuildingFacts } from './buildingFacts.ts';
import type { FloorContext, RunContext } from './context.ts';
import type { ResolvedProfile } from './profiles/parameter.ts';
import { ProfileReader } from './profiles/reader.ts';

const DENSITY_USES = ['meeting', 'canteen', 'training', 'rest', 'dormitory'] as const satisfies readonly ZoneUse[];

function memo<T>(cache: Map<string, unknown>, key: string, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

export class RunCache implements RunContext {
  readonly read: ProfileReader;
  private readonly cache = new Map<string, unknown>();
  constructor(
    readonly plan: PlanDocument,
    readonly profile: ResolvedProfile,
    /** ISO date of the check */
    readonly date: string,
  ) {
    this.read = new ProfileReader(profile);
  }

  buildingFacts(building: Building): BuildingFacts {
    return memo(this.cache, `b:${building.id}`, () => buildingFacts(building, this.read));
  }

  /** `link`: the earlier check of this floor and what changed since, to re-use its walks ('remember': keep them for later) */
  floor(building: Building, floor: Floor, link?: FloorLink): FloorCache {
    return memo(this.cache, `f:${building.id}/${floor.id}`, () => new FloorCache(this, this.buildingFacts(building), floor, link));
  }

  /**
   * Forgets what was worked out for the floors of a building (navigation, fields, walks, grids):
   * once the building's floors are checked nothing reads them again, and a park's 400 floors kept
   * to the end of the run held over a gigabyte, which every garbage collection then walked.
   */
  releaseFloors(building: Building): void {
    for (const floor of building.floors) this.cache.delete(`f:${building.id}/${floor.id}`);
  }

  standaloneFloor(facts: BuildingFacts, floor: Floor): FloorCache {
    return new FloorCache(this, facts, floor);
  }

  get acceptedKeys(): ReadonlySet<string> {
    return memo(this.cache, 'acceptedKeys', () => acceptedFindingKeys(this.plan.reviews));
  }

  /** The accepted fire.sprinkler-spacing findings of a building: part of its floors' settings (they move the sprinkler credit). */
  private acceptedSprinklerKeys(building: Building): string[] {
    const prefix = `${SPRINKLER_SPACING_RULE}|${building.id}|`;
    return [...this.acceptedKeys].filter((k) => k.startsWith(prefix)).sort();
  }

  /** Everything besides the floor itself that floor rules read: the profile, the date and the building's facts. */
  settingsKey(building: Building): string {
    const { floors: _floors, ...rest } = building;
    const facts = this.buildingFacts(building);
    return JSON.stringify([this.profile.base, [...this.profile.parameters.values()].map((p) => p.value), this.date, rest, facts.storeys, facts.highRise, facts.class1, lowRiseExitsKey(this, facts), this.acceptedSprinklerKeys(building)]);
  }
}

/**
 * How a floor's check relates to an earlier one: the earlier context of the same floor and the
 * desks that changed since (nothing else may differ), or 'remember' to keep walks for a later one.
 */
export type FloorLink = { previous: FloorCache; delta: DeskDelta } | 'remember';

export class FloorCache implements FloorContext {
  private readonly cache = new Map<string, unknown>();
  constructor(
    readonly run: RunCache,
    readonly facts: BuildingFacts,
    readonly floor: Floor,
    private link?: FloorLink,
  ) {}

  /** An analysis this check has built (by its getter's name), without building it: an earlier check's, for the next to carry over. */
  built(name: string): unknown {
    return this.cache.get(name);
  }

  /** Takes on an analysis an earlier check of the floor built from inputs that did not change since (floorReads.ts). */
  adopt(name: string, value: unknown): void {
    if (!this.cache.has(name)) this.cache.set(name, value);
  }

  get read(): ProfileReader {
    return this.run.read;
  }
  get building(): Building {
    return this.facts.building;
  }
  get buildingId(): string {
    return this.facts.building.id;
  }
  get floorId(): string {
    return this.floor.id;
  }
  get grossArea(): number {
    return floorGrossArea(this.facts.building, this.floor);
  }

  get zoneIndex(): ZoneIndex {
    return memo(this.cache, 'zoneIndex', () => buildZoneIndex(this.floor.zones));
  }

  get occupancy(): FloorOccupancy {
    return memo(this.cache, 'occupancy', () => {
      const density: Partial<Record<ZoneUse, number>> = {};
      for (const use of DENSITY_USES) if (this.read.has(`occupancy.density.${use}`)) density[use] = this.read.num(`occupancy.density.${use}`);
      const settings = { shiftOverlap: this.read.num('occupancy.shiftOverlap'), density };
      const link = this.linked;
      if (!link) return floorOccupancy(this.floor, this.zoneIndex, settings);
      // unchanged desks keep their occupant point objects (walks are remembered by point)
      const before = link.previous.occupancy;
      const desksBefore = link.previous.floor.workstations;
      const at = deskIndexById(desksBefore);
      // with every id once in the earlier list, a desk at its earlier place is found there (no look-up)
      const unique = at.size === desksBefore.length;
      const changedIds = link.delta.changedIds;
      return floorOccupancy(this.floor, this.zoneIndex, settings, {
        seatPoints: before.seatPoints,
        seatZones: before.seatZones,
        indexOf: (ws, i) => (changedIds.has(ws.id) ? -1 : unique && desksBefore[i] === ws ? i : (at.get(ws.id) ?? -1)),
        zone: this.sameZones(link),
      });
    });
  }

  get enclosures(): Map<string, ZoneEnclosure> {
    return memo(this.cache, 'enclosures', () => {
      const list = zoneEnclosures(this.floor, (p, zone) => this.zoneIndex.zoneAt(p) === zone);
      return new Map(list.map((e) => [e.zone.id, e]));
    });
  }

  get compartments(): Compartment[] {
    // only desks changed since the linked check: its compartments (walls and outline alone) hold
    return memo(this.cache, 'compartments', () => this.linked?.previous.compartments ?? floorCompartments(this.floor));
  }

  /**
   * Lets go of the earlier check this one re-used walks from (once the check is done): without
   * it every re-check would hold the one before, and a long editing session all of them. What
   * is asked for later is computed afresh (and kept for the next re-check).
   */
  seal(): void {
    (this.cache.get('navigation') as FloorNavigation | undefined)?.seal();
    if (this.link && this.link !== 'remember') this.link = 'remember';
  }

  get navigation(): FloorNavigation {
    return memo(this.cache, 'navigation', () => {
      const link = this.link;
      if (link === undefined || link === 'remember') return buildFloorNavigation(this.floor, { remember: link === 'remember' });
      const { removed, added } = link.delta;
      return buildFloorNavigation(this.floor, { remember: true }, { previous: link.previous.navigation, removed, added });
    });
  }

  grid(step: number): FloorGrid {
    return memo(this.cache, `grid:${step}`, () => {
      const link = this.linked;
      if (!link) return floorGrid(this.floor, this.navigation, this.zoneIndex, step);
      const { previous, delta } = link;
      const boxes = [...delta.removed, ...delta.added];
      return floorGrid(this.floor, this.navigation, this.zoneIndex, step, { previous: previous.grid(step), boxes, zone: this.sameZones(link) });
    });
  }

  private get linked(): { previous: FloorCache; delta: DeskDelta } | null {
    return this.link && this.link !== 'remember' ? this.link : null;
  }

  /**
   * Maps a zone of the linked earlier floor to this floor's zone with its id (zones are unchanged
   * between them). Made once per analysis, not per point: it is asked for every seat and grid
   * point of a re-check, and `this` here is a rule's view of the context (a proxy noting what it
   * reads), where every field read cost a trap — 7 ms of a 2,154-seat floor's re-check.
   */
  private sameZones(link: { previous: FloorCache }): (old: Zone | undefined) => Zone | undefined {
    const zones = this.floor.zones;
    // the same zones (a plan patched by desk edits shares them with the earlier one)
    if (link.previous.floor.zones === zones) return (old) => old;
    const byId = new Map(zones.map((z) => [z.id, z]));
    return (old) => (old ? byId.get(old.id) : undefined);
  }

  get egress(): FloorEgress {
    return memo(this.cache, 'egress', () => floorEgress(this));
  }

  get lighting(): Map<string, ZoneLighting> {
    return memo(this.cache, 'lighting', () => {
      // only desks changed since the linked check (same settings): its lighting holds
      const link = this.linked;
      if (link) return link.previous.lighting;
      return floorLighting(this.floor, (z) => this.zoneIndex.area(z), lightingSettings(this.read, this.floor));
    });
  }

  get extinguisherReach(): ExtinguisherReach {
    return memo(this.cache, 'extinguisherReach', () => extinguisherReach(this));
  }

  get restReach(): RestReach {
    return memo(this.cache, 'restReach', () => restReach(this));
  }

  get sprinklerJudgements(): SprinklerJudgement[] {
    return memo(this.cache, 'sprinklerJudgements', () => sprinklerJudgements(this));
  }

  get sprinklerCredit(): SprinklerCredit {
    return memo(this.cache, 'sprinklerCredit', () => sprinklerCredit(this, () => this.sprinklerJudgements, this.run.acceptedKeys));
  }
}
