// Add what a drawing's conversion made (underlay/convert) to a floor as one undoable step: its
// partitions, doors, windows, columns and zones, and, when asked, its outline. Nothing the
// planner drew is replaced. With the outline replaced, the external walls are that outline and
// their doors and windows sit on it; with the floor's own outline kept, the external walls are
// added as walls (their doors on them) and only windows lying on the kept outline are added.
import { closestPointOnSegment } from '../geometry/polygon.ts';
import type { Column, Door, Floor, PlanDocument, Polygon, Wall, WindowPane, Zone } from '../types.ts';
import type { ConversionResult } from '../underlay/convert/types.ts';
import { doorProblem } from './addDoor.ts';
import { wallProblem } from './addWall.ts';
import { windowProblem } from './addWindow.ts';
import { isValidPolygonValue, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { columnProblem } from './addColumn.ts';
import { documentIds, floorById } from './floorElements.ts';
import { newIds } from './newIds.ts';

export interface ImportWindowHeights {
  sill: number;
  head: number;
  openable?: number;
}

export interface ImportDrawingOptions {
  /** make the drawing's outline (the inner face of its external walls) the floor's outline */
  replaceOutline: boolean;
  /** heights of the windows added (the drawing is a plan: it has none) */
  window: ImportWindowHeights;
}

export interface ImportDrawingArgs extends ImportDrawingOptions {
  floorId: string;
  result: ConversionResult;
}

/** What an import adds to a floor, and what of the result does not fit it. */
export interface PlannedImport {
  outline: Polygon | null;
  walls: Wall[];
  doors: Door[];
  windows: WindowPane[];
  columns: Column[];
  zones: Zone[];
  left: { doors: number; windows: number; zones: number; columns: number };
}

/** to 0.1 mm (or `perMetre` steps), dividing so that 10.12 stays 10.12 */
const round = (v: number, perMetre = 1e4) => Math.round(v * perMetre) / perMetre + 0;
const roundPoint = (p: readonly [number, number]): [number, number] => [round(p[0]), round(p[1])];

export const DEFAULT_IMPORT_WINDOW: ImportWindowHeights = { sill: 0.9, head: 2.6, openable: 0.3 };

/**
 * The elements an import of `result` adds to `floor` (ids fresh in `plan`). Pure: the command
 * applies it, the panel shows its counts before anything changes.
 */
export function planImport(plan: PlanDocument, floor: Floor, result: ConversionResult, options: ImportDrawingOptions): PlannedImport {
  const used = documentIds(plan);
  const outline = options.replaceOutline && result.outline && isValidPolygonValue(result.outline) ? result.outline.map(roundPoint) : null;
  const onOutline = outline !== null;
  // the floor the doors and windows are checked against: its outline as it will be
  const target: Floor = { ...floor, outline: outline ?? floor.outline, walls: [] };

  const wallIds = newIds(plan, 'w', result.walls.length, used);
  wallIds.forEach((id) => used.add(id));
  const walls: Wall[] = [];
  const wallIdOf: (string | null)[] = result.walls.map((w, i) => {
    if (w.exterior && onOutline) return null;
    const wall: Wall = { id: wallIds[i]!, a: roundPoint(w.a), b: roundPoint(w.b), kind: 'solid', thickness: round(w.thickness, 1e3) };
    if (wallProblem(wall)) return null;
    walls.push(wall);
    return wall.id;
  });
  target.walls = walls;

  const doorIds = newIds(plan, 'd', result.doors.length, used);
  doorIds.forEach((id) => used.add(id));
  const doors: Door[] = [];
  result.doors.forEach((d, i) => {
    const wallId = wallIdOf[d.wall] ?? null;
    const onWall = wallId !== null ? walls.find((w) => w.id === wallId)! : null;
    const door: Door = onWall
      ? { id: doorIds[i]!, at: roundPoint(closestPointOnSegment(d.at, onWall.a, onWall.b)), width: round(d.width, 1e3), wall: wallId! }
      : { id: doorIds[i]!, at: roundPoint(d.at), width: round(d.width, 1e3) };
    if (!onWall && !(result.walls[d.wall]?.exterior && onOutline)) return;
    if (doorProblem(target, door) === null) doors.push(door);
  });

  const windowIds = newIds(plan, 'n', result.windows.length, used);
  windowIds.forEach((id) => used.add(id));
  const windows: WindowPane[] = [];
  result.windows.forEach((w, i) => {
    const pane: WindowPane = { id: windowIds[i]!, a: roundPoint(w.a), b: roundPoint(w.b), sill: options.window.sill, head: Math.min(options.window.head, floor.height), ...(options.window.openable !== undefined ? { openable: options.window.openable } : {}) };
    if (windowProblem(target, pane) === null) windows.push(pane);
  });

  const columnIds = newIds(plan, 'col', result.columns.length, used);
  columnIds.forEach((id) => used.add(id));
  const columns: Column[] = [];
  result.columns.forEach((c, i) => {
    const column: Column = { id: columnIds[i]!, polygon: c.polygon.map(roundPoint) };
    if (columnProblem(column) === null) columns.push(column);
  });

  const zoneIds = newIds(plan, 'z', result.zones.length, used);
  const zones: Zone[] = [];
  result.zones.forEach((z, i) => {
    const polygon = z.polygon.map(roundPoint);
    if (z.name.trim() !== '' && isValidPolygonValue(polygon)) zones.push({ id: zoneIds[i]!, name: z.name, use: z.use, polygon });
  });

  return {
    outline,
    walls,
    doors,
    windows,
    columns,
    zones,
    left: { doors: result.doors.length - doors.length, windows: result.windows.length - windows.length, zones: result.zones.length - zones.length, columns: result.columns.length - columns.length },
  };
}

export const importDrawing: Command<ImportDrawingArgs> = {
  type: 'floor/import-drawing',
  labelKey: 'commands.importDrawing',
  apply(draft, { floorId, result, ...options }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const planned = planImport(draft, floor, result, options);
    const count = planned.walls.length + planned.doors.length + planned.windows.length + planned.columns.length + planned.zones.length;
    if (count === 0 && planned.outline === null) return refuse('commands.refused.empty');
    const clash = refuseUsedIds(draft, [...planned.walls, ...planned.doors, ...planned.windows, ...planned.columns, ...planned.zones].map((e) => e.id));
    if (clash) return clash;
    if (planned.outline) floor.outline = planned.outline;
    floor.walls.push(...planned.walls);
    floor.doors.push(...planned.doors);
    floor.windows.push(...planned.windows);
    if (!Array.isArray(floor.columns)) floor.columns = [];
    floor.columns.push(...planned.columns);
    floor.zones.push(...planned.zones);
    return undefined;
  },
};
