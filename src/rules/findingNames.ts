// Names a person reads instead of ids: an element is its kind, the zone it stands in and, where
// the zone has several of that kind, a short ordinal — "灭火器 2（话务二区）", "Extinguisher 2
// (话务二区)". A finding's sentence is written with these names in place of the ids a rule put
// in its parameters. Pure; each floor's names are worked out once, when first asked for.
import { occupantPoint } from '../floorplan/geometry/elements.ts';
import { centroid, distanceToPolygonBoundary } from '../floorplan/geometry/polygon.ts';
import { zoneLocator } from '../floorplan/queries/zones.ts';
import type { Building, Floor, Locale, PlanDocument, Point, Zone } from '../floorplan/types.ts';
import { formatFinding, messageTemplate, unitText } from './format.ts';
import type { Finding } from './types.ts';

export type ElementKind = 'workstation' | 'door' | 'exit' | 'extinguisher' | 'luminaire' | 'airTerminal' | 'window' | 'wall' | 'stair' | 'lift' | 'shaft' | 'detector' | 'sprinkler' | 'column' | 'smokeExhaust' | 'exitSign' | 'hydrant' | 'evacuationMark';

const KIND_WORDS: Record<ElementKind, Record<Locale, string>> = {
  workstation: { 'zh-CN': '工位', en: 'Desk' },
  door: { 'zh-CN': '门', en: 'Door' },
  exit: { 'zh-CN': '安全出口', en: 'Exit' },
  extinguisher: { 'zh-CN': '灭火器', en: 'Extinguisher' },
  luminaire: { 'zh-CN': '灯具', en: 'Luminaire' },
  airTerminal: { 'zh-CN': '新风口', en: 'Fresh-air outlet' },
  window: { 'zh-CN': '外窗', en: 'Window' },
  wall: { 'zh-CN': '墙', en: 'Wall' },
  stair: { 'zh-CN': '楼梯间', en: 'Stair' },
  lift: { 'zh-CN': '电梯井', en: 'Lift shaft' },
  shaft: { 'zh-CN': '管井', en: 'Shaft' },
  detector: { 'zh-CN': '探测器', en: 'Detector' },
  sprinkler: { 'zh-CN': '喷头', en: 'Sprinkler' },
  smokeExhaust: { 'zh-CN': '排烟口', en: 'Smoke exhaust inlet' },
  exitSign: { 'zh-CN': '疏散指示标志', en: 'Exit sign' },
  hydrant: { 'zh-CN': '室内消火栓', en: 'Hydrant' },
  evacuationMark: { 'zh-CN': '您在此处标记', en: '"You are here" mark' },
  column: { 'zh-CN': '柱', en: 'Column' },
};

/** Words a rule message may already put before an element's name ("灭火器 {{extinguisher}}", "Exits {{a}}"). */
const KIND_ALIASES: Partial<Record<ElementKind, RegExp>> = {
  workstation: /(工位|座位|desk|seat)$/i,
  door: /(门|doors?)$/i,
  exit: /(出口|exits?)$/i,
  extinguisher: /(灭火器|extinguishers?)$/i,
  window: /(窗|windows?)$/i,
  column: /(柱|columns?)$/i,
};

const USE_WORDS: Record<string, Record<Locale, string>> = {
  work: { 'zh-CN': '话务区', en: 'call floor' },
  management: { 'zh-CN': '业务管理区', en: 'management area' },
  rest: { 'zh-CN': '休息区', en: 'rest area' },
  training: { 'zh-CN': '培训室', en: 'training room' },
};

interface NamedElement {
  kind: ElementKind;
  /** the zone it stands in; undefined outside every zone */
  zone: string | undefined;
  /** 1-based among the same kind in the same zone; 0 when it is the only one */
  ordinal: number;
}

/** A floor's names, worked out per kind when first asked for (a floor has thousands of luminaires nobody names). */
interface FloorNames {
  building: Building;
  floor: Floor;
  zones: Map<string, Zone>;
  element(id: string): NamedElement | undefined;
}

function floorNamesOf(building: Building, floor: Floor): FloorNames {
  let kinds: Map<string, ElementKind> | undefined;
  let zoneNear: ((p: Point) => Zone | undefined) | undefined;
  const byKind = new Map<ElementKind, Map<string, NamedElement>>();
  return {
    building,
    floor,
    zones: new Map(floor.zones.map((z) => [z.id, z])),
    element(id) {
      kinds ??= kindsOfFloor(floor);
      const kind = kinds.get(id);
      if (!kind) return undefined;
      let named = byKind.get(kind);
      if (!named) {
        zoneNear ??= zoneFinder(floor);
        named = nameKind(floor, kind, zoneNear);
        byKind.set(kind, named);
      }
      return named.get(id);
    },
  };
}

export interface FindingNames {
  /** "灭火器 2（话务二区）" / "Extinguisher 2 (话务二区)"; a zone is its name; undefined for an id not on the floor */
  element(floorId: string | undefined, id: string, locale: Locale): string | undefined;
  /** building and floor: "A栋 话务楼 3F"; '' for a site-wide finding */
  place(finding: Finding): string;
  /** the elements the finding names, by name ("灭火器 2（话务二区）", at most 3 then "+n") */
  subject(finding: Finding, locale: Locale): string;
  /** the finding's parameters with element ids replaced by names */
  params(finding: Finding, locale: Locale): Record<string, string | number>;
  /** the rule's sentence with names (rules/format.ts formatFinding) */
  message(finding: Finding, locale: Locale): string;
}

function at(points: readonly Point[]): Point {
  if (points.length === 1) return points[0]!;
  if (points.length === 2) return [(points[0]![0] + points[1]![0]) / 2, (points[0]![1] + points[1]![1]) / 2];
  return centroid(points);
}

/** Where each element of a kind stands, to find its zone. */
function placesOfKind(floor: Floor, kind: ElementKind): { id: string; at: Point }[] {
  switch (kind) {
    case 'workstation':
      return floor.workstations.map((w) => ({ id: w.id, at: occupantPoint(w) }));
    case 'door':
      return floor.doors;
    case 'exit':
      return floor.exits;
    case 'extinguisher':
      return floor.extinguishers;
    case 'luminaire':
      return floor.luminaires;
    case 'airTerminal':
      return floor.airTerminals;
    case 'window':
      return floor.windows.map((w) => ({ id: w.id, at: at([w.a, w.b]) }));
    case 'wall':
      return floor.walls.map((w) => ({ id: w.id, at: at([w.a, w.b]) }));
    case 'stair':
    case 'lift':
    case 'shaft':
      return floor.cores.filter((c) => c.kind === kind).map((c) => ({ id: c.id, at: at(c.polygon) }));
    case 'detector':
      return floor.detectors ?? [];
    case 'sprinkler':
      return floor.sprinklers ?? [];
    case 'column':
      return (floor.columns ?? []).map((c) => ({ id: c.id, at: at(c.polygon) }));
    case 'smokeExhaust':
      return floor.smokeExhausts ?? [];
    case 'exitSign':
      return floor.exitSigns ?? [];
    case 'hydrant':
      return floor.hydrants ?? [];
    case 'evacuationMark':
      return floor.evacuationMarks ?? [];
  }
}

/** The kind of every element id of the floor. */
function kindsOfFloor(floor: Floor): Map<string, ElementKind> {
  const kinds = new Map<string, ElementKind>();
  const put = (list: readonly { id: string }[] | undefined, kind: ElementKind): void => {
    for (const e of list ?? []) kinds.set(e.id, kind);
  };
  put(floor.workstations, 'workstation');
  put(floor.doors, 'door');
  put(floor.exits, 'exit');
  put(floor.extinguishers, 'extinguisher');
  put(floor.luminaires, 'luminaire');
  put(floor.airTerminals, 'airTerminal');
  put(floor.windows, 'window');
  put(floor.walls, 'wall');
  for (const c of floor.cores) kinds.set(c.id, c.kind);
  put(floor.detectors, 'detector');
  put(floor.sprinklers, 'sprinkler');
  put(floor.columns, 'column');
  put(floor.smokeExhausts, 'smokeExhaust');
  put(floor.exitSigns, 'exitSign');
  put(floor.hydrants, 'hydrant');
  put(floor.evacuationMarks, 'evacuationMark');
  return kinds;
}

/** The elements of one kind with their zone and ordinal (1-based among the kind in the zone, 0 when alone). */
function nameKind(floor: Floor, kind: ElementKind, zoneNear: (p: Point) => Zone | undefined): Map<string, NamedElement> {
  const entries = placesOfKind(floor, kind).map((e) => ({ id: e.id, zone: zoneNear(e.at)?.name }));
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.zone ?? '', (counts.get(e.zone ?? '') ?? 0) + 1);
  const seen = new Map<string, number>();
  const named = new Map<string, NamedElement>();
  for (const e of entries) {
    const n = (seen.get(e.zone ?? '') ?? 0) + 1;
    seen.set(e.zone ?? '', n);
    named.set(e.id, { kind, zone: e.zone, ordinal: counts.get(e.zone ?? '')! > 1 ? n : 0 });
  }
  return named;
}

/** The zone a point stands in; an exit or door drawn on a zone's edge may fall just outside it: a zone within 1.5 m. */
function zoneFinder(floor: Floor): (p: Point) => Zone | undefined {
  const locator = zoneLocator(floor);
  return (p) => {
    const inside = locator.zoneAt(p);
    if (inside) return inside;
    let best: { zone: Zone; d: number } | undefined;
    for (const zone of floor.zones) {
      const d = distanceToPolygonBoundary(p, zone.polygon);
      if (d <= 1.5 && (!best || d < best.d)) best = { zone, d };
    }
    return best?.zone;
  };
}

/** "2（话务二区）" / "2 (话务二区)": what follows the kind word. */
function shortName(e: NamedElement, locale: Locale, floorName: string): string {
  const where = e.zone ?? floorName;
  const ordinal = e.ordinal > 0 ? String(e.ordinal) : '';
  return locale === 'zh-CN' ? `${ordinal}（${where}）` : `${ordinal}${ordinal ? ' ' : ''}(${where})`;
}

function fullName(e: NamedElement, locale: Locale, floorName: string): string {
  const short = shortName(e, locale, floorName);
  return locale === 'zh-CN' ? `${KIND_WORDS[e.kind][locale]}${e.ordinal > 0 ? ' ' : ''}${short}` : `${KIND_WORDS[e.kind][locale]} ${short}`;
}

export function findingNames(plan: PlanDocument): FindingNames {
  const floors = new Map<string, { building: Building; floor: Floor }>();
  for (const building of plan.site.buildings) for (const floor of building.floors) floors.set(floor.id, { building, floor });
  const buildings = new Map(plan.site.buildings.map((b) => [b.id, b]));
  const cache = new Map<string, FloorNames>();

  const floorNames = (floorId: string | undefined): FloorNames | undefined => {
    if (floorId === undefined) return undefined;
    const known = cache.get(floorId);
    if (known) return known;
    const ref = floors.get(floorId);
    if (!ref) return undefined;
    const names = floorNamesOf(ref.building, ref.floor);
    cache.set(floorId, names);
    return names;
  };

  const element = (floorId: string | undefined, id: string, locale: Locale): string | undefined => {
    const names = floorNames(floorId);
    if (!names) return buildings.get(id)?.name;
    const zone = names.zones.get(id);
    if (zone) return zone.name;
    const e = names.element(id);
    return e ? fullName(e, locale, names.floor.name) : buildings.get(id)?.name;
  };

  /** One parameter value, ids replaced; `before` is the message text up to the parameter. */
  const paramValue = (f: Finding, name: string, value: string, before: string, locale: Locale): string => {
    const names = floorNames(f.where.floorId);
    if (name === 'compartment' && names) return value === 'floor' ? names.floor.name : value.replace(/^c(\d+)$/, '$1');
    if (name === 'missing') return value.split(/,\s*/).map((u) => USE_WORDS[u]?.[locale] ?? u).join(locale === 'zh-CN' ? '、' : ', ');
    if (name === 'input' && value.startsWith('site.controls.')) return locale === 'zh-CN' ? '规划条件' : 'planning conditions';
    const tokens = value.split(/,\s*/);
    // rules name buildings by name already; only a floor's element and zone ids are replaced
    const renamed = tokens.map((token) => {
      if (!names) return undefined;
      const zone = names.zones.get(token);
      if (zone) return zone.name;
      const e = names.element(token);
      if (!e) return undefined;
      // the message already says what it is ("灭火器 {{extinguisher}}"): the name without the kind
      const alias = KIND_ALIASES[e.kind];
      if (tokens.length === 1 && alias?.test(before.trimEnd())) {
        // "机房 的门 {{door}}": the zone is said already; only an ordinal is left to tell doors apart
        if (e.zone !== undefined && e.zone === f.messageParams['zone']) return e.ordinal > 0 ? String(e.ordinal) : '';
        return shortName(e, locale, names.floor.name);
      }
      return fullName(e, locale, names.floor.name);
    });
    if (renamed.some((r) => r === undefined)) return value;
    return (renamed as string[]).join(locale === 'zh-CN' ? '、' : ', ');
  };

  const params = (f: Finding, locale: Locale): Record<string, string | number> => {
    const template = messageTemplate(f.messageKey, locale) ?? '';
    const out: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(f.messageParams)) {
      if (typeof value !== 'string') continue;
      const i = template.search(new RegExp(`\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`));
      const replaced = paramValue(f, name, value, i >= 0 ? template.slice(0, i) : '', locale);
      if (replaced !== value) out[name] = replaced;
    }
    // the unit as the reader's language writes it ("m²/seat" → "m²/座")
    if (typeof f.messageParams['unit'] === 'string') out['unit'] = unitText(f.messageParams['unit'], locale);
    return out;
  };

  return {
    element,
    place(f) {
      const names = floorNames(f.where.floorId);
      if (names) return `${names.building.name} ${names.floor.name}`;
      return f.where.buildingId ? (buildings.get(f.where.buildingId)?.name ?? '') : '';
    },
    subject(f, locale) {
      const ids = f.where.elementIds;
      const shown = ids.slice(0, 3).map((id) => element(f.where.floorId, id, locale) ?? '').filter((s) => s);
      const more = ids.length > 3 ? (locale === 'zh-CN' ? `等 ${ids.length} 处` : `+${ids.length - 3}`) : '';
      return [shown.join(locale === 'zh-CN' ? '、' : ', '), more].filter((s) => s).join(locale === 'zh-CN' ? '' : ' ');
    },
    params,
    message(f, locale) {
      return formatFinding(f, locale, params(f, locale));
    },
  };
}
