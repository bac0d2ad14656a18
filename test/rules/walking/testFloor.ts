// A bare floor for the walking tests: every collection empty, a 20 × 10 m outline unless given.
import type { Floor } from '../../../src/floorplan/types.ts';

export function testFloor(parts: Partial<Floor>): Floor {
  return {
    id: 'f', name: 'f', level: 1, elevation: 0, height: 4, clearHeight: 3,
    outline: [[0, 0], [20, 0], [20, 10], [0, 10]],
    walls: [], doors: [], windows: [], exits: [], cores: [], columns: [], zones: [], workstations: [],
    luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [], smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [],
    ...parts,
  };
}
