// Turns a CAD drawing into the elements of a floor, in plan metres where the underlay places
// it: walls from pairs of face lines, doors and windows on them, columns, the outline from the
// external walls and zones from the closed rooms, named from the texts in them. Nothing is
// changed here: the result is a preview that commands/importDrawing.ts adds to a floor.
import { closestPointOnSegment, distance, pointInPolygon, polygonArea, polygonProblem, centroid } from '../../geometry/polygon.ts';
import type { Locale, Point, Polygon } from '../../types.ts';
import type { UnderlayPlacement } from '../transform.ts';
import { assembleWalls } from './assembleWalls.ts';
import { findColumns } from './columns.ts';
import { findDoorsAndWindows } from './doorsWindows.ts';
import { buildEnvelope, wallBand, wallInside } from './envelope.ts';
import type { LayerRole } from './layerRoles.ts';
import { toPlanDrawing, type ConvertibleDrawing, type PlanShape } from './planDrawing.ts';
import type { ConversionNote, ConversionResult, ConvertedDoor, ConvertedWall, ConvertedWindow } from './types.ts';
import { joinedFaces, MAX_THICKNESS, pairFaces } from './wallFaces.ts';
import { pointOn, wallRuns } from './wallRuns.ts';
import { nameZones } from './zones.ts';

export interface ConvertOptions {
  /** the role of each of the drawing's layers, by layer index */
  roles: readonly LayerRole[];
  placement: UnderlayPlacement;
  /** language of the names given to unnamed rooms */
  locale?: Locale;
}

/** Windows shorter than this (m) on the outline are left out. */
const MIN_WINDOW = 0.3;
/** How many places a note keeps for the preview to mark. */
const MARKS = 20;

function note(notes: ConversionNote[], code: ConversionNote['code'], at: readonly Point[], count = at.length): void {
  if (count > 0) notes.push({ code, count, ...(at.length ? { at: at.slice(0, MARKS) } : {}) });
}

/** The largest valid closed shape of an outline layer, if any is floor-sized. */
function outlineShape(shapes: readonly PlanShape[]): Polygon | null {
  let best: Polygon | null = null;
  let bestArea = 10;
  for (const s of shapes) {
    if (s.role !== 'outline' || polygonProblem(s.polygon) !== null) continue;
    const area = polygonArea(s.polygon);
    if (area > bestArea) {
      bestArea = area;
      best = s.polygon;
    }
  }
  return best;
}

/** The nearest point on the outline's boundary, and the index of its edge. */
function onOutline(p: Point, outline: Polygon): { point: Point; edge: number } {
  let best = { point: outline[0]!, edge: 0 };
  let bestDistance = Infinity;
  for (let i = 0; i < outline.length; i++) {
    const q = closestPointOnSegment(p, outline[i]!, outline[(i + 1) % outline.length]!);
    const d = distance(p, q);
    if (d < bestDistance) {
      bestDistance = d;
      best = { point: q, edge: i };
    }
  }
  return best;
}

export function convertDrawing(drawing: ConvertibleDrawing, options: ConvertOptions): ConversionResult {
  const locale = options.locale ?? 'zh-CN';
  const d = toPlanDrawing(drawing, options.roles, options.placement);
  const notes: ConversionNote[] = [];
  if (!options.roles.includes('walls')) note(notes, 'noWallLayers', [], 1);

  const faces = joinedFaces(d.segments.walls);
  const paired = pairFaces(faces);
  const runs = wallRuns(paired.pieces);
  const found = findDoorsAndWindows(d, runs);
  const assembled = assembleWalls(runs, found);
  const columns = findColumns(d);
  const layerOutline = outlineShape(d.shapes);
  const env = buildEnvelope(assembled, columns.columns, layerOutline);
  const outline = env.outline && polygonProblem(env.outline) === null ? env.outline : null;

  // walls: the external ones as drawn (they become the outline); the others within the outline
  const walls: ConvertedWall[] = [];
  const wallIndex: (number | null)[] = [];
  const outside: Point[] = [];
  assembled.walls.forEach((w, i) => {
    const line = assembled.lines[w.line]!;
    const a = pointOn(line, w.from);
    const b = pointOn(line, w.to);
    const exterior = outline !== null && env.exterior[i]!;
    const kept = exterior || !outline ? ([a, b] as [Point, Point]) : wallInside(a, b, outline);
    if (!kept || distance(kept[0], kept[1]) < 0.05) {
      outside.push(pointOn(line, (w.from + w.to) / 2));
      wallIndex.push(null);
      return;
    }
    wallIndex.push(walls.length);
    walls.push({ a: kept[0], b: kept[1], thickness: w.thickness, exterior });
  });

  const doors: ConvertedDoor[] = [];
  const lostDoors: Point[] = [...found.doorsWithoutWall];
  for (const door of assembled.doors) {
    const w = wallIndex[door.wall];
    const line = assembled.lines[assembled.walls[door.wall]!.line]!;
    const centre = pointOn(line, door.t);
    if (w === null || w === undefined) {
      lostDoors.push(centre);
      continue;
    }
    const wall = walls[w]!;
    const length = distance(wall.a, wall.b);
    if (door.width > length) {
      lostDoors.push(centre);
      continue;
    }
    const at = wall.exterior && outline ? onOutline(centre, outline).point : closestPointOnSegment(centre, wall.a, wall.b);
    const extra = { ...(door.hinge ? { hinge: door.hinge } : {}), ...(door.swing ? { swing: door.swing } : {}), ...(door.double ? { double: true } : {}) };
    doors.push({ wall: w, at, offset: distance(wall.a, closestPointOnSegment(centre, wall.a, wall.b)), width: door.width, ...extra });
  }

  const windows: ConvertedWindow[] = [];
  const interiorWindows: Point[] = [];
  for (const win of assembled.windows) {
    const w = wallIndex[win.wall];
    const line = assembled.lines[assembled.walls[win.wall]!.line]!;
    const p = pointOn(line, win.from);
    const q = pointOn(line, win.to);
    if (w === null || w === undefined || !walls[w]!.exterior || !outline) {
      interiorWindows.push(pointOn(line, (win.from + win.to) / 2));
      continue;
    }
    // both ends on the outline edge beside the window's middle
    const mid: Point = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    const { edge } = onOutline(mid, outline);
    const e0 = outline[edge]!;
    const e1 = outline[(edge + 1) % outline.length]!;
    const a = closestPointOnSegment(p, e0, e1);
    const b = closestPointOnSegment(q, e0, e1);
    if (distance(a, b) >= MIN_WINDOW) windows.push({ wall: w, a, b });
  }

  const rooms = outline ? env.rooms.filter((r) => pointInPolygon(centroid(r), outline)) : env.rooms;
  const named = nameZones(rooms, d.texts, locale);

  // short lines across a wall (its jambs at an opening, its end) are understood with the wall
  const bands = assembled.walls.map((_, i) => wallBand(assembled, i)).filter((b) => b !== null);
  const unpaired = paired.unpaired.filter((f) => {
    if (f.len > MAX_THICKNESS + 0.01) return true;
    const mid: Point = [f.ax + (f.ux * f.len) / 2, f.ay + (f.uy * f.len) / 2];
    return !bands.some((b) => pointInPolygon(mid, b, 0.01));
  });
  const curved = d.arcs.filter((a) => a.role === 'walls' && !found.doors.some((f) => f.hinge && distance(f.hinge, a.c) < 0.3)).map((a) => a.c);
  note(notes, 'unpairedWallLines', unpaired.map((f) => [f.ax + (f.ux * f.len) / 2, f.ay + (f.uy * f.len) / 2]));
  note(notes, 'curvedWalls', curved);
  note(notes, 'doorsWithoutWall', lostDoors);
  note(notes, 'windowsWithoutWall', found.windowsWithoutWall);
  note(notes, 'windowsInInteriorWalls', interiorWindows);
  note(notes, 'columnShapesSkipped', columns.skipped);
  if (!outline && layerOutline === null && assembled.walls.length > 0) note(notes, 'envelopeOpen', [], 1);
  if (layerOutline !== null && outline === layerOutline) note(notes, 'outlineFromLayer', [], 1);
  note(notes, 'smallRoomsSkipped', [], env.smallRooms);
  note(notes, 'textsOutsideRooms', named.textsOutside);
  note(notes, 'unnamedRooms', [], named.unnamed);
  note(notes, 'wallsOutsideOutline', outside);

  const notUnderstood = unpaired.length + curved.length + lostDoors.length + found.windowsWithoutWall.length + interiorWindows.length + columns.skipped.length;
  const exteriorWalls = walls.filter((w) => w.exterior).length;
  return {
    walls,
    columns: columns.columns.map((polygon) => ({ polygon })),
    doors,
    windows,
    outline,
    footprint: env.footprint,
    zones: named.zones,
    notes,
    counts: {
      walls: walls.length,
      interiorWalls: walls.length - exteriorWalls,
      exteriorWalls,
      doors: doors.length,
      windows: windows.length,
      zones: named.zones.length,
      columns: columns.columns.length,
      notUnderstood,
    },
  };
}
