// Benchmark plans from the seeded generator, built once per size and cached for the run.
import { generateDenseFloor, generatePark } from '../src/floorplan/generate/park.ts';
import { countSeats } from '../src/floorplan/queries/seats.ts';
import type { Building, Floor, PlanDocument } from '../src/floorplan/types.ts';

const cache = new Map<string, PlanDocument>();

export function parkOf(seats: number): PlanDocument {
  const key = `park-${seats}`;
  if (!cache.has(key)) cache.set(key, generatePark({ seats, seed: 42 }));
  return cache.get(key)!;
}

export function denseFloor(seats: number): PlanDocument {
  const key = `floor-${seats}`;
  if (!cache.has(key)) cache.set(key, generateDenseFloor(seats, 42));
  return cache.get(key)!;
}

/** A single building holding `seats` seats: the buildings of a generated park merged into one tower of floors. */
export function buildingOf(seats: number): PlanDocument {
  const key = `building-${seats}`;
  if (!cache.has(key)) {
    const park = generatePark({ seats, seed: 42 });
    const calls = park.site.buildings.filter((b) => b.floors.some((f) => f.workstations.length > 0 && f.zones.some((z) => z.use === 'work')));
    const first = calls[0]!;
    const floors: Floor[] = [];
    let level = 1;
    for (const b of calls) {
      for (const f of b.floors) {
        const dx = first.footprint[0]![0] - b.footprint[0]![0];
        const dy = first.footprint[0]![1] - b.footprint[0]![1];
        floors.push(shiftFloor(f, dx, dy, level++));
      }
    }
    const building: Building = { ...first, id: 'T', name: `塔楼 ${seats}`, height: 23.4, floors };
    cache.set(key, { ...park, site: { ...park.site, buildings: [building] } });
  }
  return cache.get(key)!;
}

function shiftFloor(f: Floor, dx: number, dy: number, level: number): Floor {
  const text = JSON.stringify(f);
  // Every [x, y] pair is a point except a desk's [width, depth] size.
  const moved = JSON.parse(text, (k, v) =>
    k !== 'size' && Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number' ? [v[0] + dx, v[1] + dy] : v,
  ) as Floor;
  // Ids must stay unique in the merged building: prefix with the new level.
  const renamed = JSON.parse(JSON.stringify(moved).replace(/"(id|wall)":"([^"]+)"/g, (_m, k: string, id: string) => `"${k}":"L${level}-${id}"`)) as Floor;
  return { ...renamed, level, name: `${level}F`, elevation: (level - 1) * 3.9 };
}

export function seatLabel(plan: PlanDocument): string {
  return `${countSeats(plan).toLocaleString('en-US')} seats`;
}
