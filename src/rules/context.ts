// What rules read: the plan, the resolved profile, the check date, and per-floor analyses built
// lazily once and shared by every rule of that floor (zones of points, persons, rooms,
// compartments, walking distances, illuminance, reach).
import { floorGrossArea } from '../floorplan/queries/areas.ts';
import { storeys } from '../floorplan/queries/lookup.ts';
import type { Building, Floor, PlanDocument, Zone, ZoneUse } from '../floorplan/types.ts';
import { floorCompartments, type Compartment } from './analysis/compartments.ts';
import { floorEgress, type FloorEgress } from './analysis/egress.ts';
import { floorLighting, lightingSettings } from './analysis/floorLighting.ts';
import { lowRiseExitsKey } from './analysis/lowRiseExits.ts';
import { acceptedFindingKeys, sprinklerCredit, sprinklerJudgements, SPRINKLER_SPACING_RULE, type SprinklerCredit, type SprinklerJudgement } from './analysis/sprinklerLayout.ts';
import type { ZoneLighting } from './analysis/illuminance.ts';
import { buildFloorNavigation, type FloorNavigation } from './analysis/navigation.ts';
import type { DeskDelta } from './analysis/floorDelta.ts';
import { floorOccupancy, type FloorOccupancy } from './analysis/occupants.ts';
import { extinguisherReach, restReach, type ExtinguisherReach, type RestReach } from './analysis/reach.ts';
import { zoneEnclosures, type ZoneEnclosure } from './analysis/rooms.ts';
import { floorGrid, type FloorGrid } from './analysis/grid.ts';
import { buildZoneIndex, type ZoneIndex } from './analysis/zoneIndex.ts';
import { parameter, type Parameter, type ResolvedProfile } from './profiles/parameter.ts';

const DENSITY_USES: readonly ZoneUse[] = ['meeting', 'canteen', 'training', 'rest', 'dormitory'];

/** Parameters by their id without the profile prefix: rules read 'fire.travel.hall' in either profile. */
export class ProfileReader {
  constructor(readonly profile: ResolvedProfile) {}
  get base(): 'gb' | 'intl' {
    return this.profile.base;
  }
  id(local: string): string {
    return `${this.profile.base}.${local}`;
  }
  has(local: string): boolean {
    return this.profile.parameters.has(this.id(local));
  }
  param(local: string): Parameter {
    return parameter(this.profile, this.id(local));
  }
  num(local: string): number {
    const v = this.param(local).value;
    if (typeof v !== 'number') throw new Error(`parameter ${this.id(local)} is not a number`);
    return v;
  }
  str(local: string): string {
    return String(this.param(local).value);
  }
  bool(local: string): boolean {
    return this.param(local).value === true;
  }
  clause(local: string): string {
    return this.param(local).clause;
  }
  advisory(local: string): boolean {
    return this.param(local).advisory === true;
  }
}

export interface BuildingFacts {
  building: Building;
  storeys: number;
  /** 高层: height > gb.fire.highRiseHeight (24 m) */
  highRise: boolean;
  /** 一类高层 */
  class1: boolean;
  grade: number;
  sprinklered: boolean;
}

function memo<T>(cache: Map<string, unknown>, key: string, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

export class RunContext {
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
    return memo(this.cache, `b:${building.id}`, () => {
      const highRiseHeight = this.read.has('fire.highRiseHeight') ? this.read.num('fire.highRiseHeight') : 24;
      const class1Height = this.read.has('fire.class1Height') ? this.read.num('fire.class1Height') : 50;
      const declared = this.read.has('fire.buildingClass') ? this.read.str('fire.buildingClass') : 'auto';
      const highRise = building.height > highRiseHeight;
      const class1 = highRise && (declared === '1' || (declared !== '2' && building.height > class1Height));
      return {
        building,
        storeys: storeys(building),
        highRise,
        class1,
        grade: building.fireResistanceGrade,
        sprinklered: building.sprinklered,
      };
    });
  }

  /** `link`: the earlier check of this floor and what changed since, to re-use its walks ('remember': keep them for later) */
  floor(building: Building, floor: Floor, link?: FloorLink): FloorContext {
    return memo(this.cache, `f:${building.id}/${floor.id}`, () => new FloorContext(this, this.buildingFacts(building), floor, link));
  }

  /** Keys of the findings the plan's reviews accept (the sprinkler credit reads them). */
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
export type FloorLink = { previous: FloorContext; delta: DeskDelta } | 'remember';

export class FloorContext {
  private readonly cache = new Map<string, unknown>();
  constructor(
    readonly run: RunContext,
    readonly facts: BuildingFacts,
    readonly floor: Floor,
    private link?: FloorLink,
  ) {}

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
      const at = new Map(link.previous.floor.workstations.map((ws, i) => [ws.id, i]));
      return floorOccupancy(this.floor, this.zoneIndex, settings, (ws) => {
        const i = link.delta.changedIds.has(ws.id) ? undefined : at.get(ws.id);
        return i === undefined ? undefined : { point: before.seatPoints[i]!, zone: this.sameZone(before.seatZones[i]) };
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

  /** free points of the floor on a square grid of `step` m, each with its zone (shared by rules sampling at the same step) */
  grid(step: number): FloorGrid {
    return memo(this.cache, `grid:${step}`, () => {
      const link = this.linked;
      if (!link) return floorGrid(this.floor, this.navigation, this.zoneIndex, step);
      const { previous, delta } = link;
      const boxes = [...delta.removed, ...delta.added];
      return floorGrid(this.floor, this.navigation, this.zoneIndex, step, { previous: previous.grid(step), boxes, zone: (z) => this.sameZone(z) });
    });
  }

  private get linked(): { previous: FloorContext; delta: DeskDelta } | null {
    return this.link && this.link !== 'remember' ? this.link : null;
  }

  /** This floor's zone with the id of a zone of the linked earlier floor (zones are unchanged between them). */
  private sameZone(old: Zone | undefined): Zone | undefined {
    if (!old) return undefined;
    const byId = memo(this.cache, 'zonesById', () => new Map(this.floor.zones.map((z) => [z.id, z])));
    return byId.get(old.id);
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

  /** gb: the floor's sprinkler layout judged against GB 50084 (what fire.sprinkler-spacing reports) */
  get sprinklerJudgements(): SprinklerJudgement[] {
    return memo(this.cache, 'sprinklerJudgements', () => sprinklerJudgements(this));
  }

  /**
   * Whether the floor earns the sprinkler credit (GB 50016 Table 5.5.17 note, Table 5.3.1 note 1):
   * the building is marked sprinklered and the layout passes fire.sprinkler-spacing or its failing
   * findings are reviewed as accepted (analysis/sprinklerLayout.ts). The one input the sprinkler
   * factors of gb rules read; intl reads the building's mark.
   */
  get sprinklerCredit(): SprinklerCredit {
    return memo(this.cache, 'sprinklerCredit', () => sprinklerCredit(this, () => this.sprinklerJudgements, this.run.acceptedKeys));
  }
}
