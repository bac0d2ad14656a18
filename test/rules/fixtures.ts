// Small hand-checkable plans for rule tests.
import type { Building, Floor, PlanDocument, Point, Polygon, Workstation, Zone, ZoneUse } from '../../src/floorplan/types.ts';

export function rect(x0: number, y0: number, x1: number, y1: number): Polygon {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
}

export function makeFloor(parts: Partial<Floor> = {}): Floor {
  return {
    id: 'F1', name: '1F', level: 1, elevation: 0, height: 4, clearHeight: 2.8,
    outline: rect(0, 0, 20, 10),
    walls: [], doors: [], windows: [], exits: [], cores: [], columns: [], zones: [], workstations: [],
    luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [],
    smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [],
    ...parts,
  };
}

export function makeRoom(id: string, use: ZoneUse, x0: number, y0: number, x1: number, y1: number, name = id): Zone {
  return { id, name, use, polygon: rect(x0, y0, x1, y1) };
}

/** A workstation whose occupant point is exactly `occupant` (desk 1.2 × 0.7 facing north). */
export function seatAt(id: string, occupant: Point, role: Workstation['role'] = 'agent'): Workstation {
  return { id, at: [occupant[0], occupant[1] + 0.35 + 0.45], rotation: 0, size: [1.2, 0.7], role };
}

export function makeBuilding(floors: Floor[], parts: Partial<Building> = {}): Building {
  return {
    id: 'B', name: 'B栋', footprint: rect(0, 0, 20, 10), height: 10, sprinklered: false, fireResistanceGrade: 2,
    floors, ...parts,
  };
}

export function makePlan(buildings: Building[], parts: Partial<PlanDocument> & { overrides?: Record<string, number | string | boolean>; base?: 'gb' | 'intl' } = {}): PlanDocument {
  const { overrides = {}, base = 'gb', ...rest } = parts;
  return {
    format: 'callfloor', version: 1, name: 'test', locale: 'en',
    profile: { base, overrides },
    site: { boundary: rect(-100, -100, 200, 200), green: [], buildings },
    ...rest,
  };
}

/** A one-floor plan. */
export function floorPlan(floor: Partial<Floor>, building: Partial<Building> = {}, plan: Parameters<typeof makePlan>[1] = {}): PlanDocument {
  return makePlan([makeBuilding([makeFloor(floor)], building)], plan);
}
