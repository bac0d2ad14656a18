// Plan coordinates (x east, y north, metres) to three.js world coordinates (y up):
// world = (x, height, -y), so north is -z and a plan rotation θ (CCW) is a rotation θ about +y.
import type { Point } from '../floorplan/types.ts';

export function toWorld(p: Point, height = 0): [number, number, number] {
  return [p[0], height, -p[1]];
}

export function toPlan(world: { x: number; z: number }): Point {
  return [world.x, -world.z];
}

export const degToRad = (deg: number): number => (deg * Math.PI) / 180;
