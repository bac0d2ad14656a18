// DXF reading against file size: generated ASCII drawings of 1, 10 and 50 MB (bench/dxfDrawing.ts),
// each read in a fresh Node process (bench/dxfReadOnce.ts): the read time, and the process's peak
// resident memory (Node itself and the file's bytes included). Target: 50 MB in ≤ 10 s, ≤ 1 GB.
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resultOfFreshProcess } from '../freshProcess.ts';
import type { Measure } from '../harness.ts';
import { generatedDxf } from '../dxfDrawing.ts';

function drawingFile(mb: number): string {
  const file = join(tmpdir(), `callfloor-bench-${mb}mb.dxf`);
  if (!existsSync(file)) writeFileSync(file, generatedDxf(mb * 1024 * 1024));
  return file;
}

function readOnce(file: string): { ms: number; peakMb: number } {
  return resultOfFreshProcess<{ ms: number; peakMb: number }>('dxfReadOnce.ts', [file]);
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
