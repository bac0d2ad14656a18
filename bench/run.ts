// `npm run bench [-- --quick] [-- --no-record] [-- --only <text in a measure's name>]`: every measure, one table.
// The browser measures build the app first (bench/build.ts), so no earlier build is needed.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machineLine, renderTable, runMeasure, type Measure, type Row } from './harness.ts';
import { closeRulesThreads } from '../src/cli/parallelRules.ts';
import { closeBrowserBench } from './measures/browser.ts';
import { measures } from './measures/index.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const record = !args.includes('--no-record') && !quick;
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const all: Measure[] = await measures({ quick });
// by name only: reading a measure's size builds its plan, and a 150,000-seat plan held in memory
// slows the garbage collector for every measure after it
const selected = only ? all.filter((m) => m.name.includes(only)) : all;
const rows: Row[] = [];
for (const m of selected) {
  const row = await runMeasure(m);
  rows.push(row);
  const status = row.error ? `error: ${row.error}` : `${row.median.toFixed(1)} ${row.unit}`;
  console.error(`  ${m.name} @ ${m.size}: ${status}`);
}
await closeBrowserBench();
await closeRulesThreads();
const table = renderTable(rows);
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
console.log(`\n${stamp} UTC — ${machineLine()}${quick ? ' — quick' : ''}\n`);
console.log(table);

if (record) {
  const file = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
  if (!existsSync(file)) {
    writeFileSync(file, '# Benchmark results\n\nNewest run last; earlier runs stay so the trend shows. Produced by `npm run bench`.\n');
  }
  appendFileSync(file, `\n## ${stamp} UTC\n${machineLine()}\n\n${table}\n`);
  console.log(`\nappended to ${file}`);
}
// A harness error (not a missed target) fails the quick run in CI, so the harness never rots.
if (quick && rows.some((r) => r.error)) process.exitCode = 1;

// The collaboration load (bench/collabLoad.bench.ts) runs in a process of its own, with its
// server as a child of that; it prints its own table and fails the run when an edit was lost.
if (!only || 'collaboration load'.includes(only)) {
  const load = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./collabLoad.bench.ts', import.meta.url)), ...(quick ? ['--quick'] : []), ...(record ? ['--record'] : [])], { stdio: 'inherit' });
  if (load.status !== 0) process.exitCode = 1;
}
