// One DXF read in a fresh process, so its peak memory is the read's own: prints
// {"ms": parse time, "peakMb": peak resident memory, "segments": n}. Used by measures/dxf.ts.
// Run: node --import tsx bench/dxfReadOnce.ts drawing.dxf
import { readFileSync } from 'node:fs';
import { readDxfBytes } from '../src/floorplan/underlay/dxfSegments.ts';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const t0 = performance.now();
const read = readDxfBytes(bytes);
const ms = performance.now() - t0;
if (!read.ok) throw new Error(read.error.en);
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, segments: read.drawing.segments.length / 4 }));
