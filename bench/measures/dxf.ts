// DXF reading against file size: generated ASCII drawings of 1, 10 and 50 MB (bench/dxfDrawing.ts),
// each read in a fresh Node process (bench/dxfReadOnce.ts): the read time, and the process's peak
// resident memory (Node itself and the file's bytes included). Target: 50 MB in ≤ 10 s, ≤ 1 GB.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Measure } from '../harness.ts';
import { generatedDxf } from '../dxfDrawing.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function drawingFile(mb: number): string {
  const file = join(tmpdir(), `callfloor-bench-${mb}mb.dxf`);
  if (!existsSync(file)) writeFileSync(file, generatedDxf(mb * 1024 * 1024));
  return file;
}

function readOnce(file: string): { ms: number; peakMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/dxfReadOnce.ts'), file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; peakMb: number };
}

export function dxfMeasures(quick: boolean): Measure[] {
  return (quick ? [1] : [1, 10, 50]).flatMap((mb): Measure[] => {
    let file = '';
    const peaks: number[] = [];
    const size = `${mb} MB ASCII DXF`;
    return [
      {
        name: 'DXF read (worker\'s work, fresh process)',
        size,
        unit: 'ms',
        target: mb === 50 ? 10000 : undefined,
        runs: mb === 50 ? 2 : 3,
        async setup() {
          file = drawingFile(mb);
        },
        async run() {
          const r = readOnce(file);
          peaks.push(r.peakMb);
          return r.ms;
        },
      },
      {
        name: 'DXF read peak memory (process RSS)',
        size,
        unit: 'MB',
        target: mb === 50 ? 1024 : undefined,
        runs: 1,
        async setup() {
          file = drawingFile(mb);
        },
        async run() {
          return peaks.length ? Math.max(...peaks) : readOnce(file).peakMb;
        },
      },
    ];
  });
}
