// Times the capacity and compliance PDFs for a 20,000-seat park of call buildings and for the
// sample park: `npx tsx bench/export.bench.ts [seats]`. The rule run is timed apart (the PDF
// targets are about the export): compliance of 20k seats ≤ 10 s and ≤ 5 MB; sample park ≤ 5 s.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { reportMeta } from '../src/export/model/meta.ts';
import { capacityPdf } from '../src/export/pdf/capacityPdf.ts';
import { compliancePdf } from '../src/export/pdf/compliancePdf.ts';
import { loadNodeFonts } from '../src/export/pdf/fontsNode.ts';
import { parsePlan } from '../src/floorplan/format/parsePlan.ts';
import { generatePark } from '../src/floorplan/generate/park.ts';
import { countSeats } from '../src/floorplan/queries/seats.ts';
import type { PlanDocument } from '../src/floorplan/types.ts';
import { runRules } from '../src/rules/runRules.ts';

async function measure(label: string, plan: PlanDocument): Promise<void> {
  let t = performance.now();
  const rules = runRules(plan, { date: '2026-11-01' });
  const rulesMs = performance.now() - t;
  const meta = await reportMeta(plan, { revision: 1, date: '2026-11-01' });
  await loadNodeFonts(); // font read once per process; not part of either report
  for (const [kind, render] of [['capacity', capacityPdf], ['compliance', compliancePdf]] as const) {
    t = performance.now();
    const bytes = await render(plan, { locale: 'zh-CN', scope: { kind: 'park' }, meta, rules, fonts: loadNodeFonts });
    const ms = performance.now() - t;
    console.log(`${label} (${countSeats(plan)} seats) ${kind}: ${(ms / 1000).toFixed(2)} s, ${(bytes.length / 1048576).toFixed(2)} MB  [rules ${(rulesMs / 1000).toFixed(2)} s]`);
  }
}

const seats = Number(process.argv[2] ?? 20000);
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const sample = parsePlan(readFileSync(new URL('../public/samples/sample-park.callfloor.json', import.meta.url), 'utf8'));
if (sample.ok) await measure('sample park', sample.plan);
await measure(`generated park`, generatePark({ seats, seed: 1 }));
