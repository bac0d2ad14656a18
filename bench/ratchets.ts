// Ratchets: figures that may only go down. Each has a ceiling in bench/ratchets.json; the test
// command measures them (bundle sizes from its build: bench/checkBundle.ts; draw calls and heap
// in Chromium: test/e2e/ratchets.e2e.ts), prints now against ceiling and fails above a ceiling.
// Lower a ceiling when a change brings a figure down; raise one only with the reason in its `why`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Ratchet {
  ceiling: number;
  unit: 'bytes' | 'calls' | 'MB';
  /** what is measured and why the ceiling is where it is (the reason for any raise goes here) */
  why: string;
  /** slack the ceiling keeps above a measurement, as a share (0.15: 15 %); 0 when absent */
  margin?: number;
}

export type Ratchets = Record<string, Ratchet>;

export const RATCHETS_FILE = fileURLToPath(new URL('./ratchets.json', import.meta.url));

export function readRatchets(file = RATCHETS_FILE): Ratchets {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { ratchets: Ratchets };
  return parsed.ratchets;
}

export interface RatchetReport {
  /** one line per measured figure: name, now, ceiling, and ✓ / ✗ */
  lines: string[];
  /** why the check fails (empty when every figure is at or under its ceiling) */
  failures: string[];
}

/** When a figure plus its margin is this far under its ceiling, its line suggests lowering the ceiling (the ratchet's click). */
const LOWER_HINT = 0.95;

function show(value: number, unit: Ratchet['unit']): string {
  if (unit === 'bytes') return `${value.toLocaleString('en')} bytes`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return `${value} calls`;
}

/**
 * Compares measured figures with their ceilings. A figure without a ceiling fails (add one),
 * as does a ceiling without its reason; a figure above its ceiling fails.
 */
export function checkRatchets(measured: Readonly<Record<string, number>>, ratchets: Ratchets): RatchetReport {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [name, value] of Object.entries(measured)) {
    const ratchet = ratchets[name];
    if (!ratchet) {
      failures.push(`${name}: measured ${value} but bench/ratchets.json has no ceiling for it`);
      continue;
    }
    if (!ratchet.why.trim()) failures.push(`${name}: the ceiling has no \`why\``);
    if (!Number.isFinite(value)) {
      failures.push(`${name}: not measured (${value})`);
      continue;
    }
    const over = value > ratchet.ceiling;
    const wanted = value * (1 + (ratchet.margin ?? 0));
    const hint = !over && wanted < ratchet.ceiling * LOWER_HINT ? ` (well under: lower the ceiling to ${show(Math.ceil(wanted), ratchet.unit)})` : '';
    lines.push(`${over ? '✗' : '✓'} ${name}: ${show(value, ratchet.unit)}, ceiling ${show(ratchet.ceiling, ratchet.unit)}${hint}`);
    if (over) failures.push(`${name}: ${show(value, ratchet.unit)} is above its ceiling of ${show(ratchet.ceiling, ratchet.unit)} (bench/ratchets.json; raise it only with the reason in its \`why\`)`);
  }
  return { lines, failures };
}

/** Prints the report; returns true when every figure is at or under its ceiling. */
export function printRatchets(title: string, report: RatchetReport): boolean {
  console.log(`${title}\n${report.lines.map((l) => `  ${l}`).join('\n')}`);
  for (const f of report.failures) console.log(`  FAIL ${f}`);
  return report.failures.length === 0;
}

function sizeOf(file: string): number {
  return statSync(file).size;
}

/**
 * The build's code by what it costs: JavaScript and CSS the page loads before it starts (the
 * entry script, the chunks index.html preloads, the style sheet), all JavaScript (lazy chunks and
 * workers too), all CSS, and the proposal viewer's one-file page. Fonts and samples are data.
 */
export function bundleFigures(dist: string): Record<string, number> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  if (!refs.some((r) => r.endsWith('.js'))) throw new Error(`${dist}/index.html names no script`);
  const assets = readdirSync(join(dist, 'assets'));
  const total = (ext: string): number => assets.filter((f) => f.endsWith(ext)).reduce((n, f) => n + sizeOf(join(dist, 'assets', f)), 0);
  return {
    'bundle: JS + CSS loaded at start': [...new Set(refs)].reduce((n, r) => n + sizeOf(join(dist, r)), 0),
    'bundle: all JS (lazy chunks and workers too)': total('.js'),
    'bundle: all CSS': total('.css'),
    'bundle: proposal viewer page (one file)': sizeOf(join(dist, 'viewer-template.html')),
  };
}
