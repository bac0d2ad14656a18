// The plan document: exactly what a `.callfloor.json` file holds (docs/plan-format.md).
// Plain JSON-shaped data. The types are inferred from the zod schema (format/schema.ts, where
// each field's documentation lives), so the two cannot drift apart. Unknown fields found on load
// are kept on the objects at run time (the schema passes them through) and written back on save;
// the types leave them out, so a mistyped field name is still a type error.
//
// The lists of allowed values live in vocabulary.ts (free of zod, so the rules and the views
// import them without the schema) and are exported from here too.
import type { z } from 'zod';
import type * as schema from './format/schema.ts';
import type { CORE_KINDS, EXIT_KINDS, FIRE_RATINGS, INSPECTION_RESULTS, LOCALES, PROFILE_BASES, REVIEW_DECISIONS, ROLES, SIGN_KINDS, SPRINKLER_HAZARDS, STAIR_ENCLOSURES, WALL_KINDS, ZONE_USES } from './vocabulary.ts';

export * from './vocabulary.ts';

/**
 * What a schema parses to, without the `[key: string]: unknown` that zod adds to a loose object's
 * type: the extra fields are kept at run time, but code must not read or write fields the format
 * does not declare. Records (`z.record`) keep their index signature: their values are not unknown.
 */
export type Exact<T> = T extends readonly unknown[]
  ? { [K in keyof T]: Exact<T[K]> }
  : T extends object
    ? { [K in keyof T as IsLooseKey<T, K> extends true ? never : K]: Exact<T[K]> }
    : T;
type IsLooseKey<T, K extends keyof T> = string extends K ? (unknown extends T[K] ? true : false) : number extends K ? (unknown extends T[K] ? true : false) : false;

/** The exact type of what `s` parses to. */
type Parsed<S extends z.ZodType> = Exact<z.output<S>>;

/** [x, y] in metres, x east, y north, one frame for the whole park. */
export type Point = Parsed<typeof schema.pointSchema>;
/** At least 3 points, not closed, simple, either orientation. */
export type Polygon = Parsed<typeof schema.polygonSchema>;

export type ZoneUse = (typeof ZONE_USES)[number];
export type WallKind = (typeof WALL_KINDS)[number];
/** 甲 / 乙 / 丙级 */
export type FireRating = (typeof FIRE_RATINGS)[number];
export type ExitKind = (typeof EXIT_KINDS)[number];
export type CoreKind = (typeof CORE_KINDS)[number];
export type StairEnclosure = (typeof STAIR_ENCLOSURES)[number];
export type SignKind = (typeof SIGN_KINDS)[number];
export type SprinklerHazard = (typeof SPRINKLER_HAZARDS)[number];
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
export type Role = (typeof ROLES)[number];
export type Locale = (typeof LOCALES)[number];
export type ProfileBase = (typeof PROFILE_BASES)[number];

export type Wall = Parsed<typeof schema.wallSchema>;
export type Door = Parsed<typeof schema.doorSchema>;
export type WindowPane = Parsed<typeof schema.windowSchema>;
export type Exit = Parsed<typeof schema.exitSchema>;
export type Core = Parsed<typeof schema.coreSchema>;
/**
 * A structural column (柱): a solid shape from floor to ceiling, usually a 0.4–1.2 m rectangle or
 * circle (drawn as a polygon). An obstacle to walking paths and desks.
 */
export type Column = Parsed<typeof schema.columnSchema>;
/** Sanitary fixtures of a toilet zone (counted per sex, JGJ 67 / CJJ 14). */
export type ToiletFixtures = Parsed<typeof schema.toiletFixturesSchema>;
export type Zone = Parsed<typeof schema.zoneSchema>;
export type Workstation = Parsed<typeof schema.workstationSchema>;
export type Luminaire = Parsed<typeof schema.luminaireSchema>;
export type AirTerminal = Parsed<typeof schema.airTerminalSchema>;
export type Extinguisher = Parsed<typeof schema.extinguisherSchema>;
export type PointDevice = Parsed<typeof schema.pointDeviceSchema>;
/** An exit or evacuation sign (疏散指示标志), seen from the escape route. */
export type ExitSign = Parsed<typeof schema.exitSignSchema>;
/** A "you are here" mark (您所在位置) for a floor's evacuation plan: one page each. */
export type EvacuationMark = Parsed<typeof schema.evacuationMarkSchema>;
/** Which drawing an underlay shows, by content hash (stored once beside the plans, or inline in `Underlay.source`). */
export type DrawingRef = Parsed<typeof schema.drawingRefSchema>;
/** Extension (docs/plan-format.md §Extensions): a drawing traced under a floor. */
export type Underlay = Parsed<typeof schema.underlaySchema>;
export type Floor = Parsed<typeof schema.floorSchema>;
export type FireResistanceGrade = Building['fireResistanceGrade'];
export type Building = Parsed<typeof schema.buildingSchema>;
export type SiteControls = Parsed<typeof schema.siteControlsSchema>;
export type Site = Parsed<typeof schema.siteSchema>;
export type Profile = Parsed<typeof schema.profileSchema>;

export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Extension: a facility manager's decision on a finding, kept apart from its computed status. */
export type Review = Parsed<typeof schema.reviewSchema>;
/** Extension: an alternative layout of the project (a full site), kept beside the active one. */
export type Proposal = Parsed<typeof schema.proposalSchema>;
/** Extension: the name of the layout held in `site` (the proposals list holds the others). */
export type ActiveProposal = Parsed<typeof schema.activeProposalSchema>;
/** Extension: cost parameters for comparing proposals; amounts in `currency`. */
export type CostParameters = Parsed<typeof schema.costParametersSchema>;
/** Extension: a tenant of the park and what it leases (docs/economics.md, occupancy). */
export type Tenant = Parsed<typeof schema.tenantSchema>;
/** Extension: a construction phase (一期, 二期 …); buildings and floors name it by id. */
export type Phase = Parsed<typeof schema.phaseSchema>;
/** One inspection of one device: the register's history (a new entry per inspection, never overwritten). */
export type Inspection = Parsed<typeof schema.inspectionSchema>;
export type PlanDocument = Parsed<typeof schema.planSchema>;
/** Extension: what a demand profile is for; none set: the whole park. */
export type DemandScope = Parsed<typeof schema.demandScopeSchema>;
/** Calls per hour from `start` until the next interval starts (or closing). */
export type DemandInterval = Parsed<typeof schema.demandIntervalSchema>;
/** Extension: call demand of a tenant or a floor, worked out into agents (Erlang C) and seats (docs/demand.md). */
export type DemandProfile = Parsed<typeof schema.demandProfileSchema>;

/** Every per-floor element collection, in a fixed order (used by generic queries and commands). */
export const FLOOR_COLLECTIONS = [
  'walls',
  'doors',
  'windows',
  'exits',
  'cores',
  'columns',
  'zones',
  'workstations',
  'luminaires',
  'airTerminals',
  'extinguishers',
  'detectors',
  'sprinklers',
  'smokeExhausts',
  'exitSigns',
  'hydrants',
  'evacuationMarks',
] as const;
export type FloorCollection = (typeof FLOOR_COLLECTIONS)[number];
export type FloorElement = Floor[FloorCollection][number];
