// The plan format as a zod schema (docs/plan-format.md): the one declaration of the plan's
// shape. The plan types (../types.ts) are inferred from it, and the JSON Schema is generated from
// it. Objects are loose: unknown fields pass through untouched, so a file written by a newer tool
// keeps its extras on save. Comments on fields are the types' documentation.
import { z } from 'zod';
import {
  CORE_KINDS,
  EXIT_KINDS,
  FIRE_RATINGS,
  INSPECTION_RESULTS,
  LOCALES,
  PROFILE_BASES,
  REVIEW_DECISIONS,
  ROLES,
  SIGN_KINDS,
  SPRINKLER_HAZARDS,
  STAIR_ENCLOSURES,
  WALL_KINDS,
  ZONE_USES,
} from '../vocabulary.ts';

const length = z.number().nonnegative();
const positiveLength = z.number().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'iso-date');
/** exactly YYYY-MM-DD (whether the day exists is checked in semanticChecks.ts) */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'iso-date');

/** [x, y] in metres, x east, y north, one frame for the whole park. */
export const pointSchema = z.tuple([z.number(), z.number()]);
/** At least 3 points, not closed, simple, either orientation (checked in semanticChecks.ts). */
export const polygonSchema = z.array(pointSchema);

const id = z.string().min(1);

export const wallSchema = z.looseObject({
  id,
  a: pointSchema,
  b: pointSchema,
  kind: z.enum(WALL_KINDS),
  /** default: the floor's clear height */
  height: positiveLength.optional(),
  /** default 0.1 m */
  thickness: positiveLength.optional(),
  /** fire walls and fire partitions: fire resistance in hours (absent: the code minimum for the kind is assumed, and said) */
  fireResistance: positiveLength.optional(),
});

export const doorSchema = z.looseObject({
  id,
  at: pointSchema,
  width: positiveLength,
  /** id of the wall it sits on; absent: on the outline */
  wall: z.string().optional(),
  fireRating: z.enum(FIRE_RATINGS).optional(),
  /** fire doors: ISO date of the last inspection */
  lastInspected: isoDate.optional(),
});

export const windowSchema = z.looseObject({
  id,
  a: pointSchema,
  b: pointSchema,
  sill: length,
  head: length,
  /** openable fraction 0..1 */
  openable: z.number().min(0).max(1).optional(),
});

export const exitSchema = z.looseObject({
  id,
  at: pointSchema,
  /** clear width of the exit door (m) */
  width: positiveLength,
  kind: z.enum(EXIT_KINDS),
  /** stair exits: clear width of the stair flight (m); absent: the stair core's, else the door's */
  flightWidth: positiveLength.optional(),
});

export const coreSchema = z.looseObject({
  id,
  polygon: polygonSchema,
  kind: z.enum(CORE_KINDS),
  /** stair cores: how the stair is enclosed (absent: not stated, judged as open) */
  enclosure: z.enum(STAIR_ENCLOSURES).optional(),
  /** stair cores: clear width of the flight (m) */
  flightWidth: positiveLength.optional(),
});

/**
 * A structural column (柱): a solid shape from floor to ceiling, usually a 0.4–1.2 m rectangle or
 * circle (drawn as a polygon). An obstacle to walking paths and desks.
 */
export const columnSchema = z.looseObject({ id, polygon: polygonSchema });

/** Sanitary fixtures of a toilet zone (counted per sex, JGJ 67 / CJJ 14). */
export const toiletFixturesSchema = z.looseObject({
  /** water closets for women */
  femaleWc: z.number().int().nonnegative(),
  /** water closets for men */
  maleWc: z.number().int().nonnegative(),
  urinals: z.number().int().nonnegative(),
  basins: z.number().int().nonnegative().optional(),
});

export const zoneSchema = z.looseObject({
  id,
  name: z.string(),
  use: z.enum(ZONE_USES),
  polygon: polygonSchema,
  /** dormitory zones: beds, counted as persons for exits and widths */
  beds: z.number().int().nonnegative().optional(),
  /** share of women among the zone's occupants, 0..1 (absent: the profile's default) */
  femaleShare: z.number().min(0).max(1).optional(),
  /** toilet zones: the fixtures it holds */
  fixtures: toiletFixturesSchema.optional(),
});

export const workstationSchema = z.looseObject({
  id,
  at: pointSchema,
  /** degrees counter-clockwise */
  rotation: z.number(),
  /** [width, depth] of the desk */
  size: z.tuple([positiveLength, positiveLength]),
  role: z.enum(ROLES),
});

export const luminaireSchema = z.looseObject({
  id,
  at: pointSchema,
  /** mounting height above floor (m) */
  mount: positiveLength,
  /** lm */
  flux: length,
  /** W */
  power: length,
  /** an emergency luminaire (应急照明灯具): lights escape routes when the power fails */
  emergency: z.boolean().optional(),
  /** lm in emergency mode (absent: `flux`) */
  emergencyFlux: length.optional(),
  /** emergency luminaires: ISO date of the last inspection */
  lastInspected: isoDate.optional(),
});

export const airTerminalSchema = z.looseObject({
  id,
  at: pointSchema,
  /** outdoor air m³/h */
  freshAir: length,
});

export const extinguisherSchema = z.looseObject({
  id,
  at: pointSchema,
  rating: z.string().optional(),
  /** ISO date */
  lastInspected: isoDate.optional(),
});

export const pointDeviceSchema = z.looseObject({
  id,
  at: pointSchema,
  /** ISO date of the last inspection (detectors, sprinklers, smoke exhausts, hydrants) */
  lastInspected: isoDate.optional(),
});

/** An exit or evacuation sign (疏散指示标志), seen from the escape route. */
export const exitSignSchema = z.looseObject({
  id,
  at: pointSchema,
  kind: z.enum(SIGN_KINDS),
  /** degrees counter-clockwise: the way the arrow points (direction signs) */
  rotation: z.number().optional(),
  lastInspected: isoDate.optional(),
});

/** A "you are here" mark (您所在位置) for a floor's evacuation plan: one page each. */
export const evacuationMarkSchema = z.looseObject({
  id,
  at: pointSchema,
  /** a name printed on its page, e.g. "East lift lobby" */
  label: z.string().optional(),
});

/**
 * Which drawing an underlay shows. The drawing itself is stored once, by this hash, beside the
 * plans (IndexedDB in the app), or carried inline in `Underlay.source`.
 */
export const drawingRefSchema = z.looseObject({
  /** `sha256:` and 64 lower-case hex digits: SHA-256 of the drawing's bytes (dxf: the DXF text in UTF-8; image: the image file) */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'drawing-hash'),
  /** how many bytes that is */
  bytes: z.number().int().nonnegative(),
  /** the file name it was loaded from (named when the drawing is missing) */
  name: z.string(),
  /** media type: `image/vnd.dxf`, `image/png`, `image/jpeg` */
  mime: z.string().min(1),
});

/** Extension (docs/plan-format.md §Extensions): a drawing traced under a floor. */
export const underlaySchema = z.looseObject({
  kind: z.enum(['image', 'dxf']),
  drawing: drawingRefSchema,
  /**
   * An inline copy of the drawing (image: data URL; dxf: the DXF text), whose bytes hash to
   * `drawing.hash`: only in plan files exported with their drawings (and in version-1 files).
   * Plans held by the app and saved in IndexedDB never carry it.
   */
  source: z.string().min(1).optional(),
  /** plan position of the drawing's origin (image: its lower-left corner) */
  origin: pointSchema,
  /** metres per drawing unit (image: per pixel) */
  scale: positiveLength,
  rotation: z.number(),
  opacity: z.number().min(0).max(1),
  locked: z.boolean(),
  visible: z.boolean(),
  /** dxf: names of the drawing's layers left out of the view (absent: every layer shown) */
  hiddenLayers: z.array(z.string()).optional(),
});

export const floorSchema = z.looseObject({
  id,
  name: z.string(),
  level: z.number().int(),
  elevation: z.number(),
  height: positiveLength,
  clearHeight: positiveLength,
  grossArea: positiveLength.optional(),
  outline: polygonSchema,
  walls: z.array(wallSchema),
  doors: z.array(doorSchema),
  windows: z.array(windowSchema),
  exits: z.array(exitSchema),
  cores: z.array(coreSchema),
  columns: z.array(columnSchema),
  zones: z.array(zoneSchema),
  workstations: z.array(workstationSchema),
  luminaires: z.array(luminaireSchema),
  airTerminals: z.array(airTerminalSchema),
  extinguishers: z.array(extinguisherSchema),
  detectors: z.array(pointDeviceSchema),
  sprinklers: z.array(pointDeviceSchema),
  /** mechanical smoke exhaust inlets (排烟口) */
  smokeExhausts: z.array(pointDeviceSchema),
  /** exit and evacuation signs */
  exitSigns: z.array(exitSignSchema),
  /** indoor fire hydrants (室内消火栓) */
  hydrants: z.array(pointDeviceSchema),
  /** "you are here" marks for the floor's evacuation plans */
  evacuationMarks: z.array(evacuationMarkSchema),
  underlay: underlaySchema.optional(),
  /** id of the phase (`PlanDocument.phases`) the floor is built in (absent: its building's) */
  phase: z.string().optional(),
});

export const buildingSchema = z.looseObject({
  id,
  name: z.string(),
  footprint: polygonSchema,
  height: positiveLength,
  sprinklered: z.boolean(),
  /** sprinklered buildings: the hazard class the sprinklers are designed for (absent: ordinary-1, 中危险级 I) */
  sprinklerHazard: z.enum(SPRINKLER_HAZARDS).optional(),
  fireResistanceGrade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** storeys above ground of the whole building when not all are drawn (absent: the floors drawn) */
  storeys: z.number().int().positive().optional(),
  /** id of the phase (`PlanDocument.phases`) the building is built in */
  phase: z.string().optional(),
  floors: z.array(floorSchema),
});

export const siteControlsSchema = z.looseObject({
  maxFar: positiveLength.optional(),
  maxCoverage: z.number().min(0).max(1).optional(),
  minGreenRatio: z.number().min(0).max(1).optional(),
  maxHeight: positiveLength.optional(),
  minSetback: length.optional(),
});

export const siteSchema = z.looseObject({
  boundary: polygonSchema,
  controls: siteControlsSchema.optional(),
  green: z.array(polygonSchema),
  buildings: z.array(buildingSchema),
});

export const profileSchema = z.looseObject({
  base: z.enum(PROFILE_BASES),
  overrides: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});

/** Extension: a facility manager's decision on a finding, kept apart from its computed status. */
export const reviewSchema = z.looseObject({
  /** stable key of the finding: ruleId + '|' + floorId/buildingId + '|' + element ids */
  findingKey: z.string().min(1),
  decision: z.enum(REVIEW_DECISIONS),
  note: z.string().optional(),
  by: z.string().optional(),
  /** ISO date-time */
  at: z.string().optional(),
  /** who is to act on the finding (shown in the compliance report's action list) */
  owner: z.string().optional(),
  /** ISO date YYYY-MM-DD by which it is to be fixed */
  due: isoDay.optional(),
});

/** Extension: an alternative layout of the project (a full site), kept beside the active one. */
export const proposalSchema = z.looseObject({
  id,
  name: z.string(),
  site: siteSchema,
  note: z.string().optional(),
});

/** Extension: the name of the layout held in `site` (the proposals list holds the others). */
export const activeProposalSchema = z.looseObject({ id, name: z.string(), note: z.string().optional() });

const money = z.number().finite().min(0);
/** Extension: cost parameters for comparing proposals; amounts in `currency`. */
export const costParametersSchema = z.looseObject({
  /** ISO 4217 code, e.g. 'CNY', 'USD' */
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** one-off fit-out per m² of gross floor area */
  fitOutPerM2: money,
  /** rent per m² of gross floor area per month */
  rentPerM2Month: money,
  /** one-off equipment (desk, chair, PC, headset) per seat */
  equipmentPerSeat: money,
  /** one-off cost of the land, the whole site (apportioned to phases by GFA) */
  landCost: money.optional(),
  /** one-off construction per m² of gross floor area */
  constructionPerM2: money.optional(),
  /** one-off fit-out per seat, on top of fitOutPerM2 */
  fitOutPerSeat: money.optional(),
  /** months at the start of each lease for which no rent is paid */
  rentFreeMonths: z.number().int().nonnegative().optional(),
  /** running cost: utilities (power, water, network) per seat per month */
  utilitiesPerSeatMonth: money.optional(),
  /** running cost: staff per seat per month, all shifts of the seat together */
  staffPerSeatMonth: money.optional(),
});

/** Extension: a tenant of the park and what it leases (docs/economics.md, occupancy). */
export const tenantSchema = z.looseObject({
  id,
  name: z.string(),
  /** floors leased (whole floors, or where `seats` are taken from) */
  floorIds: z.array(z.string()).optional(),
  /** zones leased (their seats, or where `seats` are taken from) */
  zoneIds: z.array(z.string()).optional(),
  /** seats leased; absent: every seat of its floors and zones */
  seats: z.number().int().nonnegative().optional(),
  /** YYYY-MM-DD, first day of the lease */
  leaseStart: isoDay.optional(),
  /** YYYY-MM-DD, last day of the lease */
  leaseEnd: isoDay.optional(),
  /** rent per seat per month, in the plan's cost currency */
  rentPerSeatMonth: money.optional(),
});

/** Extension: a construction phase (一期, 二期 …); buildings and floors name it by id. */
export const phaseSchema = z.looseObject({
  id,
  name: z.string(),
  /** YYYY-MM-DD */
  start: isoDay.optional(),
  /** YYYY-MM-DD */
  end: isoDay.optional(),
});

/** One inspection of one device: the register's history (a new entry per inspection, never overwritten). */
export const inspectionSchema = z.looseObject({
  id,
  /** the device's id (extinguisher, detector, sprinkler, door, luminaire, sign, exhaust, hydrant) */
  deviceId: id,
  /** YYYY-MM-DD */
  date: isoDay,
  result: z.enum(INSPECTION_RESULTS),
  by: z.string().optional(),
  note: z.string().optional(),
});

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'hh-mm');
const share = z.number().min(0).max(1);
/** Extension: what a demand profile is for; none set: the whole park. */
export const demandScopeSchema = z.looseObject({ buildingId: z.string().optional(), floorId: z.string().optional(), tenantId: z.string().optional() });

/** Calls per hour from `start` until the next interval starts (or closing). */
export const demandIntervalSchema = z.looseObject({
  /** HH:MM */
  start: clockTime,
  callsPerHour: z.number().finite().min(0),
});

/** Extension: call demand of a tenant or a floor, worked out into agents (Erlang C) and seats (docs/demand.md). */
export const demandProfileSchema = z.looseObject({
  id,
  name: z.string(),
  scope: demandScopeSchema,
  /** at least one: the peak hour */
  intervals: z.array(demandIntervalSchema).min(1),
  /** average handling time, s (talk + hold + after-call work) */
  ahtSeconds: z.number().finite().positive(),
  /** e.g. 80 % of calls answered within 20 s */
  serviceLevel: z.looseObject({ percent: z.number().gt(0).lt(100), seconds: z.number().finite().min(0) }),
  /** share of paid time not on the phones (breaks, training, absence), 0..1 */
  shrinkage: z.number().min(0).lt(1),
  /** cap on the agents' busy share, 0..1 */
  maxOccupancy: share.optional(),
  /** HH:MM; close before open runs past midnight, equal: 24 h */
  hoursOfOperation: z.looseObject({ open: clockTime, close: clockTime }),
  /** length of one shift, h */
  shiftHours: z.number().gt(0).max(24),
  /** least handover overlap of consecutive shifts, h */
  shiftOverlapHours: z.number().finite().min(0).optional(),
});

export const planSchema = z.looseObject({
  format: z.literal('callfloor'),
  version: z.number().int(),
  name: z.string(),
  locale: z.enum(LOCALES).optional(),
  profile: profileSchema.optional(),
  site: siteSchema,
  reviews: z.array(reviewSchema).optional(),
  proposals: z.array(proposalSchema).optional(),
  activeProposal: activeProposalSchema.optional(),
  costs: costParametersSchema.optional(),
  /** tenants of the park and their leases */
  tenants: z.array(tenantSchema).optional(),
  /** construction phases, in order */
  phases: z.array(phaseSchema).optional(),
  /** Inspection log of fire equipment, oldest first */
  inspections: z.array(inspectionSchema).optional(),
  /** open the file read-only in presentation mode (a proposal pack) */
  presentation: z.boolean().optional(),
  /** call demand of tenants or floors: the agents and seats they need (docs/demand.md) */
  demand: z.array(demandProfileSchema).optional(),
});
