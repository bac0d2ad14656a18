// Rule-check timings: a synthetic 2,000-seat floor and a 20,000-seat building (ten such floors).
// Run: npx tsx bench/rules.bench.ts [--runs N] [--skip-building]
// Targets (issue 4): full check of the floor ≤ 250 ms, of the building ≤ 3 s, in Node.
import { cpus, loadavg } from 'node:os';
import { generateDenseFloor } from '../src/floorplan/generate/park.ts';
import type { PlanDocument } from '../src/floorplan/types.ts';
import { RunCache } from '../src/rules/contextCache.ts';
import { resolveProfile } from '../src/rules/profiles/resolveProfile.ts';
import { runFloorRules, runRules } from '../src/rules/runRules.ts';

const DATE = '2026-05-20';

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Ten copies of the dense floor stacked as levels 1–10 of one building. */
function building(floorPlan: PlanDocument, floors: number): PlanDocument {
  const plan = structuredClone(floorPlan);
  const b = plan.site.buildings[0]!;
  const base = b.floors[0]!;
  b.floors = Array.from({ length: floors }, (_, i) => ({ ...structuredClone(base), id: `${base.id}-L${i + 1}`, name: `${i + 1}F`, level: i + 1, elevation: i * base.height }));
  b.height = floors * base.height;
  return plan;
}

/** Where the time of one floor goes: each shared analysis built on its own. */
function breakdown(plan: PlanDocument): Record<string, number> {
  const ctx = new RunCache(plan, resolveProfile(plan), DATE);
  const b = plan.site.buildings[0]!;
  const f = ctx.floor(b, b.floors[0]!);
  const out: Record<string, number> = {};
  out['zones + persons'] = timed(() => f.occupancy)[1];
  out['rooms (enclosure)'] = timed(() => f.enclosures)[1];
  out['navigation build'] = timed(() => f.navigation)[1];
  out['1 m grid'] = timed(() => f.grid(1))[1];
  out['egress (fields + queries)'] = timed(() => f.egress)[1];
  out['illuminance'] = timed(() => f.lighting)[1];
  out['extinguisher reach'] = timed(() => f.extinguisherReach)[1];
  out['rest reach'] = timed(() => f.restReach)[1];
  return out;
}

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const floorPlan = generateDenseFloor(2000);
  const floor = floorPlan.site.buildings[0]!.floors[0]!;
  console.log(`rules bench — ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`floor: ${floor.workstations.length} seats, ${floor.zones.length} zones, ${floor.walls.length} walls, ${floor.doors.length} doors, ${floor.exits.length} exits, ${floor.luminaires.length} luminaires, ${floor.extinguishers.length} extinguishers`);
  const rows: [string, number[]][] = [];
  const gb: number[] = [];
  const intl: number[] = [];
  const one: number[] = [];
  let summary = '';
  for (let i = 0; i < runs; i++) {
    const [r, t] = timed(() => runRules(floorPlan, { date: DATE }));
    gb.push(t);
    summary = `${r.findings.length} findings ${JSON.stringify(r.summary)}`;
    intl.push(timed(() => runRules(floorPlan, { profile: 'intl', date: DATE }))[1]);
    one.push(timed(() => runFloorRules(floorPlan, 'D', floor.id, { date: DATE }))[1]);
  }
  rows.push(['2,000-seat floor: runRules gb (target 250)', gb], ['2,000-seat floor: runRules intl', intl], ['2,000-seat floor: runFloorRules gb', one]);
  console.log(`floor gb: ${summary}`);
  const parts = breakdown(floorPlan);
  if (!process.argv.includes('--skip-building')) {
    const big = building(floorPlan, 10);
    const [r, t] = timed(() => runRules(big, { date: DATE }));
    rows.push([`${r.capacity.seats.toLocaleString('en')}-seat building: runRules gb (target 3000)`, [t]]);
  }
  console.log('| step | median ms | min ms | max ms | runs |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, values] of rows) console.log(`| ${name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} | ${values.length} |`);
  console.log('\none floor, each analysis on its own (ms):');
  for (const [name, ms] of Object.entries(parts)) console.log(`  ${name.padEnd(28)} ${ms.toFixed(0)}`);
}

main();
