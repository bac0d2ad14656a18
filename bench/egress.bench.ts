// Walking-distance (egress) timings on a synthetic 2,000-seat call floor.
// Run: npx tsx bench/egress.bench.ts [--runs N]
// The floor: 100 × 60 m; 200 benches of 10 desks (two facing rows of 5) with 1.5 m aisles; a strip
// of 30 glass-walled rooms, each with a door; 2 stair cores; 4 exits on the outline.
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { occupantPoint } from '../src/floorplan/geometry/elements.ts';
import type { Core, Door, Exit, Floor, Point, Wall, Workstation } from '../src/floorplan/types.ts';
import { buildFloorNavigation, type NavTarget } from '../src/rules/walking/navigation.ts';

const DESK: [number, number] = [1.2, 0.7];

function benchDesks(x0: number, y0: number, bench: number): Workstation[] {
  const desks: Workstation[] = [];
  for (let i = 0; i < 5; i++) {
    const x = x0 + DESK[0] * (i + 0.5);
    // Front row faces north (sits south of its desk), back row faces south: a 1.4 m deep bench.
    desks.push({ id: `b${bench}-f${i}`, at: [x, y0 + DESK[1] / 2], rotation: 0, size: DESK, role: 'agent' });
    desks.push({ id: `b${bench}-b${i}`, at: [x, y0 + DESK[1] * 1.5], rotation: 180, size: DESK, role: 'agent' });
  }
  return desks;
}

export function syntheticCallFloor(): Floor {
  const workstations: Workstation[] = [];
  let bench = 0;
  for (let col = 0; col < 10; col++) {
    for (let row = 0; row < 20; row++) {
      workstations.push(...benchDesks(1.5 + col * 7.5, 1 + row * 2.9, bench++));
    }
  }
  const walls: Wall[] = [];
  const doors: Door[] = [];
  // Rooms 6 × 6 m in three columns at x = 82..100, ten rows.
  for (let c = 0; c < 3; c++) {
    const x = 82 + c * 6;
    for (let r = 0; r < 10; r++) {
      const y = r * 6;
      walls.push({ id: `rv${c}-${r}`, a: [x, y], b: [x, y + 6], kind: 'glass' });
      doors.push({ id: `rd${c}-${r}`, at: [x, y + 3], width: 1, wall: `rv${c}-${r}` });
      if (r > 0) walls.push({ id: `rh${c}-${r}`, a: [x, y], b: [x + 6, y], kind: 'glass' });
    }
  }
  const cores: Core[] = [
    { id: 'core-w', kind: 'stair', polygon: [[78, 10], [81, 10], [81, 16], [78, 16]] },
    { id: 'core-e', kind: 'stair', polygon: [[78, 44], [81, 44], [81, 50], [78, 50]] },
  ];
  const exits: Exit[] = [
    { id: 'x-w1', at: [0, 15], width: 1.4, kind: 'stair' },
    { id: 'x-w2', at: [0, 45], width: 1.4, kind: 'stair' },
    { id: 'x-c1', at: [79.5, 16], width: 1.4, kind: 'stair' },
    { id: 'x-c2', at: [79.5, 44], width: 1.4, kind: 'stair' },
  ];
  return {
    id: 'bench-floor', name: 'bench', level: 3, elevation: 8, height: 4, clearHeight: 2.8,
    outline: [[0, 0], [100, 0], [100, 60], [0, 60]],
    walls, doors, windows: [], exits, cores, columns: [], zones: [], workstations,
    luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [],
    smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [],
  };
}

function grid(floor: Floor, step: number): Point[] {
  const points: Point[] = [];
  for (let x = step / 2; x < 100; x += step) for (let y = step / 2; y < 60; y += step) points.push([x, y]);
  return points;
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
  const floor = syntheticCallFloor();
  const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));
  const doorsAndExits: NavTarget[] = [...exits, ...floor.doors.map((d) => ({ id: d.id, at: d.at, width: d.width }))];
  const seats = floor.workstations.map(occupantPoint);
  const gridPoints = grid(floor, 1);

  const rows: Record<string, number[]> = {
    'build navigation (obstacles, index, nodes)': [],
    'field: 4 exits': [],
    'query 2,000 occupant points': [],
    'field: 4 exits + 30 doors': [],
    'query 6,000-point 1 m grid': [],
    'total (build + 2 fields + all queries)': [],
  };
  let stats = '';
  for (let run = 0; run < runs; run++) {
    const [nav, tBuild] = timed(() => buildFloorNavigation(floor));
    const [exitField, tField] = timed(() => nav.field(exits));
    const [seatResults, tSeats] = timed(() => seats.map((p) => exitField.query(p)));
    const [doorField, tDoorField] = timed(() => nav.field(doorsAndExits));
    const [gridResults, tGrid] = timed(() => gridPoints.map((p) => doorField.query(p)));
    rows['build navigation (obstacles, index, nodes)']!.push(tBuild);
    rows['field: 4 exits']!.push(tField);
    rows['query 2,000 occupant points']!.push(tSeats);
    rows['field: 4 exits + 30 doors']!.push(tDoorField);
    rows['query 6,000-point 1 m grid']!.push(tGrid);
    rows['total (build + 2 fields + all queries)']!.push(tBuild + tField + tSeats + tDoorField + tGrid);
    if (run === 0) {
      const reached = seatResults.filter((r) => Number.isFinite(r.walking));
      const worst = Math.max(...reached.map((r) => r.walking));
      const free = gridResults.filter((r) => Number.isFinite(r.walking)).length;
      stats =
        `seats ${seats.length}, reached ${reached.length}, longest walk ${worst.toFixed(2)} m; ` +
        `grid ${gridPoints.length} points, ${free} reachable`;
    }
  }

  console.log(`egress bench — ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`floor 100 × 60 m: ${floor.workstations.length} desks, ${floor.walls.length} walls, ${floor.doors.length} doors, ${floor.cores.length} cores, ${floor.exits.length} exits`);
  console.log(stats);
  console.log(`| step | median ms | min ms | max ms | runs |`);
  console.log(`| --- | ---: | ---: | ---: | ---: |`);
  for (const [name, values] of Object.entries(rows)) {
    console.log(`| ${name} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${Math.max(...values).toFixed(1)} | ${values.length} |`);
  }
}

// Run when executed, not when another script imports the floor generator.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
