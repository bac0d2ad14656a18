// The plan document: exactly what a `.callfloor.json` file holds (docs/plan-format.md).
// Plain JSON-shaped data. Unknown fields found on load are kept on the objects at run time
// (the schema passes them through) and written back on save.

/** [x, y] in metres, x east, y north, one frame for the whole park. */
export type Point = [number, number];
/** At least 3 points, not closed, simple, either orientation. */
export type Polygon = Point[];

export const ZONE_USES = [
  'work',
  'management',
  'rest',
  'meeting',
  'training',
  'canteen',
  'dormitory',
  'server',
  'power',
  'cabling',
  'toilet',
  'corridor',
  'storage',
] as const;
export type ZoneUse = (typeof ZONE_USES)[number];

/**
 * `fire`: 防火墙, bounds fire compartments. `fire-partition`: 防火隔墙, encloses a room (plant
 * rooms, stairs) without making it a compartment of its own. Version-2 plans had only `fire`.
 */
export const WALL_KINDS = ['solid', 'glass', 'fire', 'fire-partition'] as const;
export type WallKind = (typeof WALL_KINDS)[number];

export const FIRE_RATINGS = ['A', 'B', 'C'] as const;
/** 甲 / 乙 / 丙级 */
export type FireRating = (typeof FIRE_RATINGS)[number];

export const EXIT_KINDS = ['stair', 'exterior'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];

export const CORE_KINDS = ['stair', 'lift', 'shaft'] as const;
export type CoreKind = (typeof CORE_KINDS)[number];

/** 敞开楼梯间 / 封闭楼梯间 / 防烟楼梯间 (GB 50016 §6.4.1–§6.4.3) */
export const STAIR_ENCLOSURES = ['open', 'enclosed', 'smoke-proof'] as const;
export type StairEnclosure = (typeof STAIR_ENCLOSURES)[number];

/** 安全出口标志 (at an exit) / 疏散指示标志 (along an escape route) */
export const SIGN_KINDS = ['exit', 'direction'] as const;
export type SignKind = (typeof SIGN_KINDS)[number];

/** Sprinkler hazard class, GB 50084-2017 §3.0.2: 轻危险级, 中危险级 I / II, 严重危险级 I / II */
export const SPRINKLER_HAZARDS = ['light', 'ordinary-1', 'ordinary-2', 'severe-1', 'severe-2'] as const;
export type SprinklerHazard = (typeof SPRINKLER_HAZARDS)[number];

export const INSPECTION_RESULTS = ['pass', 'defect'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export const ROLES = ['agent', 'leader', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PROFILE_BASES = ['gb', 'intl'] as const;
export type ProfileBase = (typeof PROFILE_BASES)[number];

export interface Wall {
  id: string;
  a: Point;
  b: Point;
  kind: WallKind;
  /** default: the floor's clear height */
  height?: number;
  /** default 0.1 m */
  thickness?: number;
  /** fire walls and fire partitions: fire resistance in hours (absent: the code minimum for the kind is assumed, and said) */
  fireResistance?: number;
}

export interface Door {
  id: string;
  at: Point;
  width: number;
  /** id of the wall it sits on; absent: on the outline */
  wall?: string;
  fireRating?: FireRating;
  /** fire doors: ISO date of the last inspection */
  lastInspected?: string;
}

export interface WindowPane {
  id: string;
  a: Point;
  b: Point;
  sill: number;
  head: number;
  /** openable fraction 0..1 */
  openable?: number;
}

export interface Exit {
  id: string;
  at: Point;
  /** clear width of the exit door (m) */
  width: number;
  kind: ExitKind;
  /** stair exits: clear width of the stair flight (m); absent: the stair core's, else the door's */
  flightWidth?: number;
}

export interface Core {
  id: string;
  polygon: Polygon;
  kind: CoreKind;
  /** stair cores: how the stair is enclosed (absent: not stated, judged as open) */
  enclosure?: StairEnclosure;
  /** stair cores: clear width of the flight (m) */
  flightWidth?: number;
}

/**
 * A structural column (柱): a solid shape from floor to ceiling, usually a 0.4–1.2 m rectangle or
 * circle (drawn as a polygon). An obstacle to walking paths and desks.
 */
export interface Column {
  id: string;
  polygon: Polygon;
}

/** Sanitary fixtures of a toilet zone (counted per sex, JGJ 67 / CJJ 14). */
export interface ToiletFixtures {
  /** water closets for women */
  femaleWc: number;
  /** water closets for men */
  maleWc: number;
  urinals: number;
  basins?: number;
}

export interface Zone {
  id: string;
  name: string;
  use: ZoneUse;
  polygon: Polygon;
  /** dormitory zones: beds, counted as persons for exits and widths */
  beds?: number;
  /** share of women among the zone's occupants, 0..1 (absent: the profile's default) */
  femaleShare?: number;
  /** toilet zones: the fixtures it holds */
  fixtures?: ToiletFixtures;
}

export interface Workstation {
  id: string;
  at: Point;
  /** degrees counter-clockwise */
  rotation: number;
  /** [width, depth] of the desk */
  size: [number, number];
  role: Role;
}

export interface Luminaire {
  id: string;
  at: Point;
  /** mounting height above floor (m) */
  mount: number;
  /** lm */
  flux: number;
  /** W */
  power: number;
  /** an emergency luminaire (应急照明灯具): lights escape routes when the power fails */
  emergency?: boolean;
  /** lm in emergency mode (absent: `flux`) */
  emergencyFlux?: number;
  /** emergency luminaires: ISO date of the last inspection */
  lastInspected?: string;
}

export interface AirTerminal {
  id: string;
  at: Point;
  /** outdoor air m³/h */
  freshAir: number;
}

export interface Extinguisher {
  id: string;
  at: Point;
  rating?: string;
  /** ISO date */
  lastInspected?: string;
}

export interface PointDevice {
  id: string;
  at: Point;
  /** ISO date of the last inspection (detectors, sprinklers, smoke exhausts, hydrants) */
  lastInspected?: string;
}

/** An exit or evacuation sign (疏散指示标志), seen from the escape route. */
export interface ExitSign {
  id: string;
  at: Point;
  kind: SignKind;
  /** degrees counter-clockwise: the way the arrow points (direction signs) */
  rotation?: number;
  lastInspected?: string;
}

/** A "you are here" mark (您所在位置) for a floor's evacuation plan: one page each. */
export interface EvacuationMark {
  id: string;
  at: Point;
  /** a name printed on its page, e.g. "East lift lobby" */
  label?: string;
}

/**
 * Which drawing an underlay shows. The drawing itself is stored once, by this hash, beside the
 * plans (IndexedDB in the app), or carried inline in `Underlay.source`.
 */
export interface DrawingRef {
  /** `sha256:` and 64 lower-case hex digits: SHA-256 of the drawing's bytes (dxf: the DXF text in UTF-8; image: the image file) */
  hash: string;
  /** how many bytes that is */
  bytes: number;
  /** the file name it was loaded from (named when the drawing is missing) */
  name: string;
  /** media type: `image/vnd.dxf`, `image/png`, `image/jpeg` */
  mime: string;
}

/** Extension (docs/plan-format.md §Extensions): a drawing traced under a floor. */
export interface Underlay {
  kind: 'image' | 'dxf';
  drawing: DrawingRef;
  /**
   * An inline copy of the drawing (image: data URL; dxf: the DXF text), whose bytes hash to
   * `drawing.hash`: only in plan files exported with their drawings (and in version-1 files).
   * Plans held by the app and saved in IndexedDB never carry it.
   */
  source?: string;
  /** plan position of the drawing's origin (image: its lower-left corner) */
  origin: Point;
  /** metres per drawing unit (image: per pixel) */
  scale: number;
  rotation: number;
  opacity: number;
  locked: boolean;
  visible: boolean;
  /** dxf: names of the drawing's layers left out of the view (absent: every layer shown) */
  hiddenLayers?: string[];
}

export interface Floor {
  id: string;
  name: string;
  level: number;
  elevation: number;
  height: number;
  clearHeight: number;
  grossArea?: number;
  outline: Polygon;
  walls: Wall[];
  doors: Door[];
  windows: WindowPane[];
  exits: Exit[];
  cores: Core[];
  columns: Column[];
  zones: Zone[];
  workstations: Workstation[];
  luminaires: Luminaire[];
  airTerminals: AirTerminal[];
  extinguishers: Extinguisher[];
  detectors: PointDevice[];
  sprinklers: PointDevice[];
  /** mechanical smoke exhaust inlets (排烟口) */
  smokeExhausts: PointDevice[];
  /** exit and evacuation signs */
  exitSigns: ExitSign[];
  /** indoor fire hydrants (室内消火栓) */
  hydrants: PointDevice[];
  /** "you are here" marks for the floor's evacuation plans */
  evacuationMarks: EvacuationMark[];
  underlay?: Underlay;
  /** id of the phase (`PlanDocument.phases`) the floor is built in (absent: its building's) */
  phase?: string;
}

export type FireResistanceGrade = 1 | 2 | 3 | 4;

export interface Building {
  id: string;
  name: string;
  footprint: Polygon;
  height: number;
  sprinklered: boolean;
  /** sprinklered buildings: the hazard class the sprinklers are designed for (absent: ordinary-1, 中危险级 I) */
  sprinklerHazard?: SprinklerHazard;
  fireResistanceGrade: FireResistanceGrade;
  /** storeys above ground of the whole building when not all are drawn (absent: the floors drawn) */
  storeys?: number;
  /** id of the phase (`PlanDocument.phases`) the building is built in */
  phase?: string;
  floors: Floor[];
}

export interface SiteControls {
  maxFar?: number;
  maxCoverage?: number;
  minGreenRatio?: number;
  maxHeight?: number;
  minSetback?: number;
}

export interface Site {
  boundary: Polygon;
  controls?: SiteControls;
  green: Polygon[];
  buildings: Building[];
}

export interface Profile {
  base: ProfileBase;
  overrides: Record<string, number | string | boolean>;
}

export const REVIEW_DECISIONS = ['accepted', 'rejected', 'open'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Extension: a facility manager's decision on a finding, kept apart from its computed status. */
export interface Review {
  /** stable key of the finding: ruleId + '|' + floorId/buildingId + '|' + element ids */
  findingKey: string;
  decision: ReviewDecision;
  note?: string;
  by?: string;
  /** ISO date-time */
  at?: string;
  /** who is to act on the finding (shown in the compliance report's action list) */
  owner?: string;
  /** ISO date YYYY-MM-DD by which it is to be fixed */
  due?: string;
}

/** Extension: an alternative layout of the project (a full site), kept beside the active one. */
export interface Proposal {
  id: string;
  name: string;
  site: Site;
  note?: string;
}

/** Extension: the name of the layout held in `site` (the proposals list holds the others). */
export interface ActiveProposal {
  id: string;
  name: string;
  note?: string;
}

/** Extension: cost parameters for comparing proposals; amounts in `currency`. */
export interface CostParameters {
  /** ISO 4217 code, e.g. 'CNY', 'USD' */
  currency: string;
  /** one-off fit-out per m² of gross floor area */
  fitOutPerM2: number;
  /** rent per m² of gross floor area per month */
  rentPerM2Month: number;
  /** one-off equipment (desk, chair, PC, headset) per seat */
  equipmentPerSeat: number;
  /** one-off cost of the land, the whole site (apportioned to phases by GFA) */
  landCost?: number;
  /** one-off construction per m² of gross floor area */
  constructionPerM2?: number;
  /** one-off fit-out per seat, on top of fitOutPerM2 */
  fitOutPerSeat?: number;
  /** months at the start of each lease for which no rent is paid */
  rentFreeMonths?: number;
  /** running cost: utilities (power, water, network) per seat per month */
  utilitiesPerSeatMonth?: number;
  /** running cost: staff per seat per month, all shifts of the seat together */
  staffPerSeatMonth?: number;
}

/** Extension: a tenant of the park and what it leases (docs/economics.md, occupancy). */
export interface Tenant {
  id: string;
  name: string;
  /** floors leased (whole floors, or where `seats` are taken from) */
  floorIds?: string[];
  /** zones leased (their seats, or where `seats` are taken from) */
  zoneIds?: string[];
  /** seats leased; absent: every seat of its floors and zones */
  seats?: number;
  /** YYYY-MM-DD, first day of the lease */
  leaseStart?: string;
  /** YYYY-MM-DD, last day of the lease */
  leaseEnd?: string;
  /** rent per seat per month, in the plan's cost currency */
  rentPerSeatMonth?: number;
}

/** Extension: a construction phase (一期, 二期 …); buildings and floors name it by id. */
export interface Phase {
  id: string;
  name: string;
  /** YYYY-MM-DD */
  start?: string;
  /** YYYY-MM-DD */
  end?: string;
}

/** One inspection of one device: the register's history (a new entry per inspection, never overwritten). */
export interface Inspection {
  id: string;
  /** the device's id (extinguisher, detector, sprinkler, door, luminaire, sign, exhaust, hydrant) */
  deviceId: string;
  /** YYYY-MM-DD */
  date: string;
  result: InspectionResult;
  by?: string;
  note?: string;
}

export interface PlanDocument {
  format: 'callfloor';
  version: number;
  name: string;
  locale?: Locale;
  profile?: Profile;
  site: Site;
  reviews?: Review[];
  proposals?: Proposal[];
  activeProposal?: ActiveProposal;
  costs?: CostParameters;
  /** tenants of the park and their leases */
  tenants?: Tenant[];
  /** construction phases, in order */
  phases?: Phase[];
  /** Inspection log of fire equipment, oldest first */
  inspections?: Inspection[];
  /** open the file read-only in presentation mode (a proposal pack) */
  presentation?: boolean;
  /** call demand of tenants or floors: the agents and seats they need (docs/demand.md) */
  demand?: DemandProfile[];
}

/** Extension: what a demand profile is for; none set: the whole park. */
export interface DemandScope {
  buildingId?: string;
  floorId?: string;
  tenantId?: string;
}

/** Calls per hour from `start` until the next interval starts (or closing). */
export interface DemandInterval {
  /** HH:MM */
  start: string;
  callsPerHour: number;
}

/** Extension: call demand of a tenant or a floor, worked out into agents (Erlang C) and seats (docs/demand.md). */
export interface DemandProfile {
  id: string;
  name: string;
  scope: DemandScope;
  /** at least one: the peak hour */
  intervals: DemandInterval[];
  /** average handling time, s (talk + hold + after-call work) */
  ahtSeconds: number;
  /** e.g. 80 % of calls answered within 20 s */
  serviceLevel: { percent: number; seconds: number };
  /** share of paid time not on the phones (breaks, training, absence), 0..1 */
  shrinkage: number;
  /** cap on the agents' busy share, 0..1 */
  maxOccupancy?: number;
  /** HH:MM; close before open runs past midnight, equal: 24 h */
  hoursOfOperation: { open: string; close: string };
  /** length of one shift, h */
  shiftHours: number;
  /** least handover overlap of consecutive shifts, h */
  shiftOverlapHours?: number;
}

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
