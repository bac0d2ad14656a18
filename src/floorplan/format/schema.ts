// The plan format as a zod schema (docs/plan-format.md). Objects are loose: unknown fields
// pass through untouched, so a file written by a newer tool keeps its extras on save.
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
} from '../types.ts';

const length = z.number().nonnegative();
const positiveLength = z.number().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'iso-date');
/** exactly YYYY-MM-DD (whether the day exists is checked in semanticChecks.ts) */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'iso-date');

export const pointSchema = z.tuple([z.number(), z.number()]);
export const polygonSchema = z.array(pointSchema);

const id = z.string().min(1);

export const wallSchema = z.looseObject({
  id,
  a: pointSchema,
  b: pointSchema,
  kind: z.enum(WALL_KINDS),
  height: positiveLength.optional(),
  thickness: positiveLength.optional(),
  fireResistance: positiveLength.optional(),
});

export const doorSchema = z.looseObject({
  id,
  at: pointSchema,
  width: positiveLength,
  wall: z.string().optional(),
  fireRating: z.enum(FIRE_RATINGS).optional(),
  lastInspected: isoDate.optional(),
});

export const windowSchema = z.looseObject({
  id,
  a: pointSchema,
  b: pointSchema,
  sill: length,
  head: length,
  openable: z.number().min(0).max(1).optional(),
});

export const exitSchema = z.looseObject({
  id,
  at: pointSchema,
  width: positiveLength,
  kind: z.enum(EXIT_KINDS),
  flightWidth: positiveLength.optional(),
});

export const coreSchema = z.looseObject({
  id,
  polygon: polygonSchema,
  kind: z.enum(CORE_KINDS),
  enclosure: z.enum(STAIR_ENCLOSURES).optional(),
  flightWidth: positiveLength.optional(),
});

export const columnSchema = z.looseObject({ id, polygon: polygonSchema });

export const zoneSchema = z.looseObject({
  id,
  name: z.string(),
  use: z.enum(ZONE_USES),
  polygon: polygonSchema,
  beds: z.number().int().nonnegative().optional(),
  femaleShare: z.number().min(0).max(1).optional(),
  fixtures: z
    .looseObject({
      femaleWc: z.number().int().nonnegative(),
      maleWc: z.number().int().nonnegative(),
      urinals: z.number().int().nonnegative(),
      basins: z.number().int().nonnegative().optional(),
    })
    .optional(),
});

export const workstationSchema = z.looseObject({
  id,
  at: pointSchema,
  rotation: z.number(),
  size: z.tuple([positiveLength, positiveLength]),
  role: z.enum(ROLES),
});

export const luminaireSchema = z.looseObject({
  id,
  at: pointSchema,
  mount: positiveLength,
  flux: length,
  power: length,
  emergency: z.boolean().optional(),
  emergencyFlux: length.optional(),
  lastInspected: isoDate.optional(),
});

export const airTerminalSchema = z.looseObject({ id, at: pointSchema, freshAir: length });

export const extinguisherSchema = z.looseObject({
  id,
  at: pointSchema,
  rating: z.string().optional(),
  lastInspected: isoDate.optional(),
});

export const pointDeviceSchema = z.looseObject({ id, at: pointSchema, lastInspected: isoDate.optional() });

export const exitSignSchema = z.looseObject({
  id,
  at: pointSchema,
  kind: z.enum(SIGN_KINDS),
  rotation: z.number().optional(),
  lastInspected: isoDate.optional(),
});

export const evacuationMarkSchema = z.looseObject({ id, at: pointSchema, label: z.string().optional() });

/** Which drawing an underlay shows: stored once by content hash (see types.ts DrawingRef). */
export const drawingRefSchema = z.looseObject({
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'drawing-hash'),
  bytes: z.number().int().nonnegative(),
  name: z.string(),
  mime: z.string().min(1),
});

export const underlaySchema = z.looseObject({
  kind: z.enum(['image', 'dxf']),
  drawing: drawingRefSchema,
  /** an inline copy of the drawing: plan files exported with their drawings */
  source: z.string().min(1).optional(),
  origin: pointSchema,
  scale: positiveLength,
  rotation: z.number(),
  opacity: z.number().min(0).max(1),
  locked: z.boolean(),
  visible: z.boolean(),
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
  smokeExhausts: z.array(pointDeviceSchema),
  exitSigns: z.array(exitSignSchema),
  hydrants: z.array(pointDeviceSchema),
  evacuationMarks: z.array(evacuationMarkSchema),
  underlay: underlaySchema.optional(),
  phase: z.string().optional(),
});

export const buildingSchema = z.looseObject({
  id,
  name: z.string(),
  footprint: polygonSchema,
  height: positiveLength,
  sprinklered: z.boolean(),
  sprinklerHazard: z.enum(SPRINKLER_HAZARDS).optional(),
  fireResistanceGrade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  storeys: z.number().int().positive().optional(),
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

export const reviewSchema = z.looseObject({
  findingKey: z.string().min(1),
  decision: z.enum(REVIEW_DECISIONS),
  note: z.string().optional(),
  by: z.string().optional(),
  at: z.string().optional(),
  owner: z.string().optional(),
  due: isoDay.optional(),
});

export const proposalSchema = z.looseObject({
  id,
  name: z.string(),
  site: siteSchema,
  note: z.string().optional(),
});

export const activeProposalSchema = z.looseObject({ id, name: z.string(), note: z.string().optional() });

const money = z.number().finite().min(0);
export const costParametersSchema = z.looseObject({
  currency: z.string().regex(/^[A-Z]{3}$/),
  fitOutPerM2: money,
  rentPerM2Month: money,
  equipmentPerSeat: money,
  landCost: money.optional(),
  constructionPerM2: money.optional(),
  fitOutPerSeat: money.optional(),
  rentFreeMonths: z.number().int().nonnegative().optional(),
  utilitiesPerSeatMonth: money.optional(),
  staffPerSeatMonth: money.optional(),
});

export const tenantSchema = z.looseObject({
  id,
  name: z.string(),
  floorIds: z.array(z.string()).optional(),
  zoneIds: z.array(z.string()).optional(),
  seats: z.number().int().nonnegative().optional(),
  leaseStart: isoDay.optional(),
  leaseEnd: isoDay.optional(),
  rentPerSeatMonth: money.optional(),
});

export const phaseSchema = z.looseObject({
  id,
  name: z.string(),
  start: isoDay.optional(),
  end: isoDay.optional(),
});

export const inspectionSchema = z.looseObject({
  id,
  deviceId: id,
  date: isoDay,
  result: z.enum(INSPECTION_RESULTS),
  by: z.string().optional(),
  note: z.string().optional(),
});

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'hh-mm');
const share = z.number().min(0).max(1);
export const demandProfileSchema = z.looseObject({
  id,
  name: z.string(),
  scope: z.looseObject({ buildingId: z.string().optional(), floorId: z.string().optional(), tenantId: z.string().optional() }),
  intervals: z.array(z.looseObject({ start: clockTime, callsPerHour: z.number().finite().min(0) })).min(1),
  ahtSeconds: z.number().finite().positive(),
  serviceLevel: z.looseObject({ percent: z.number().gt(0).lt(100), seconds: z.number().finite().min(0) }),
  shrinkage: z.number().min(0).lt(1),
  maxOccupancy: share.optional(),
  hoursOfOperation: z.looseObject({ open: clockTime, close: clockTime }),
  shiftHours: z.number().gt(0).max(24),
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
  tenants: z.array(tenantSchema).optional(),
  phases: z.array(phaseSchema).optional(),
  inspections: z.array(inspectionSchema).optional(),
  presentation: z.boolean().optional(),
  demand: z.array(demandProfileSchema).optional(),
});
