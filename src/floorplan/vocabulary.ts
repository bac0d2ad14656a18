// The format's lists of allowed values (docs/plan-format.md). A module of its own, free of zod,
// so that the schema (format/schema.ts) and the plan types (types.ts) can both build on it
// without importing each other, and the rules and views read it without the schema.

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

/**
 * `fire`: 防火墙, bounds fire compartments. `fire-partition`: 防火隔墙, encloses a room (plant
 * rooms, stairs) without making it a compartment of its own. Version-2 plans had only `fire`.
 */
export const WALL_KINDS = ['solid', 'glass', 'fire', 'fire-partition'] as const;

/** 甲 / 乙 / 丙级 */
export const FIRE_RATINGS = ['A', 'B', 'C'] as const;

export const EXIT_KINDS = ['stair', 'exterior'] as const;

export const CORE_KINDS = ['stair', 'lift', 'shaft'] as const;

/** 敞开楼梯间 / 封闭楼梯间 / 防烟楼梯间 (GB 50016 §6.4.1–§6.4.3) */
export const STAIR_ENCLOSURES = ['open', 'enclosed', 'smoke-proof'] as const;

/** 安全出口标志 (at an exit) / 疏散指示标志 (along an escape route) */
export const SIGN_KINDS = ['exit', 'direction'] as const;

/** Sprinkler hazard class, GB 50084-2017 §3.0.2: 轻危险级, 中危险级 I / II, 严重危险级 I / II */
export const SPRINKLER_HAZARDS = ['light', 'ordinary-1', 'ordinary-2', 'severe-1', 'severe-2'] as const;

export const INSPECTION_RESULTS = ['pass', 'defect'] as const;

export const ROLES = ['agent', 'leader', 'supervisor'] as const;

export const LOCALES = ['zh-CN', 'en'] as const;

export const PROFILE_BASES = ['gb', 'intl'] as const;

export const REVIEW_DECISIONS = ['accepted', 'rejected', 'open'] as const;
