// A seeded call-center tower for benchmarks: one building of `storeys` call floors (100 × 38 m
// plates by default, as the generated parks' buildings: a north band of rooms between three
// stair cores and a lift, two south stair cores, benches in the call area).
import { CURRENT_VERSION } from '../format/migrations.ts';
import type { Floor, PlanDocument, Polygon } from '../types.ts';
import { buildCallFloor } from './callFloor.ts';
import { callBandRooms } from './park.ts';
import { seededRandom } from './random.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
const WALL = 0.3;
const FLOOR_HEIGHT = 3.9;
const INSPECTED = ['2026-11-10', '2026-11-13', '2026-11-17', '2026-11-20'];

export interface TowerOptions {
  storeys: number;
  /** plate's inner length and depth (m); default 100 × 38 */
  length?: number;
  depth?: number;
  seed?: number;
}

/** A plan of one call-center building of `storeys` floors (id 'T', floors 'T-1F' …). */
export function generateTower(o: TowerOptions): PlanDocument {
  const length = o.length ?? 100;
  const depth = o.depth ?? 38;
  const random = seededRandom(o.seed ?? 1);
  const [x, y] = [20, 20];
  const floors: Floor[] = [];
  for (let level = 1; level <= o.storeys; level++) {
    floors.push(buildCallFloor({
      buildingId: 'T', level, origin: [x + WALL, y + WALL], length, depth, floorHeight: FLOOR_HEIGHT, clearHeight: 2.8,
      rooms: callBandRooms(length, false), southCores: [Math.round(length * 0.22), Math.round(length * 0.7)], crossAisle: 3.0,
      inspectedDates: INSPECTED, random, workName: '话务区',
    }));
  }
  return {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name: `${o.storeys} 层呼叫中心楼`,
    locale: 'zh-CN',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: rect(0, 0, length + 40, depth + 40),
      green: [],
      buildings: [{
        id: 'T', name: '塔楼', footprint: rect(x, y, x + length + 2 * WALL, y + depth + 2 * WALL),
        height: Math.round(o.storeys * FLOOR_HEIGHT * 100) / 100, sprinklered: true, fireResistanceGrade: 1, floors,
      }],
    },
  };
}
