// The benchmark harness: runs each measure several times at each plan size, prints one table
// (median, min, max against the target) and appends it to bench/RESULTS.md with the machine,
// its load average and the date. Benchmarks are not tests: a missed target prints ✗, never fails.
import { cpus, loadavg, totalmem } from 'node:os';

export interface Sample {
  /** the measured value in `unit` */
  value: number;
}

export interface Measure {
  /** e.g. 'rule check gb (floor)' */
  name: string;
  /** e.g. '2,000 seats' */
  size: string;
  unit: 'ms' | 'MB' | 'calls' | 'KB';
  /** target: value must be ≤ this (undefined: recorded only) */
  target?: number;
  runs: number;
  /** untimed runs first, so the timed ones measure compiled code (a long-lived worker or session), not the JIT warming up */
  warmup?: number;
  /** one run; returns the measured value (timings by default come from `time`) */
  run(): Promise<number>;
  /** optional untimed preparation, once before the runs */
  setup?(): Promise<void>;
}

export interface Row {
  name: string;
  size: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  target?: number;
  ok?: boolean;
  error?: string;
}

export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function runMeasure(m: Measure): Promise<Row> {
  try {
    await m.setup?.();
    for (let i = 0; i < (m.warmup ?? 0); i++) await m.run();
    const values: number[] = [];
    for (let i = 0; i < m.runs; i++) values.push(await m.run());
    const row: Row = { name: m.name, size: m.size, unit: m.unit, median: median(values), min: Math.min(...values), max: Math.max(...values), runs: m.runs };
    if (m.target !== undefined) {
      row.target = m.target;
      row.ok = row.median <= m.target;
    }
    return row;
  } catch (error) {
    return { name: m.name, size: m.size, unit: m.unit, median: NaN, min: NaN, max: NaN, runs: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

function fmt(x: number, unit: string): string {
  if (!Number.isFinite(x)) return '–';
  if (unit === 'calls') return String(Math.round(x));
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function renderTable(rows: Row[]): string {
  const head = ['measure', 'plan size', 'median', 'min', 'max', 'runs', 'target', ''];
  const body = rows.map((r) => [
    r.name,
    r.size,
    r.error ? `error: ${r.error}` : `${fmt(r.median, r.unit)} ${r.unit}`,
    fmt(r.min, r.unit),
    fmt(r.max, r.unit),
    String(r.runs),
    r.target === undefined ? '' : `≤ ${r.target} ${r.unit}`,
    r.error ? '✗' : r.ok === undefined ? '' : r.ok ? '✓' : '✗',
  ]);
  return [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${load}`;
}
