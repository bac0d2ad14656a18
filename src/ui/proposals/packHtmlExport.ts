// "Proposal pack as HTML": the prebuilt one-file viewer (served next to the app as
// viewer-template.html, see scripts/viewerBuild.ts) with the pack inside — the plan with its
// proposals, flagged for presentation, and the comparison worked out now — so the file opens
// from disk in any browser, read-only, with the tour, the KPI cards and the comparison.
import { serializePlan } from '../../floorplan/format/serializePlan.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import { withoutInlineDrawings } from '../../floorplan/underlay/drawingContent.ts';
import type { ProgressCallback } from '../../export/pdf/reportOptions.ts';
import { VIEWER_TEMPLATE_PATH, type ViewerPack } from '../../viewer/pack.ts';
import { embedPack } from '../../viewer/packHtml.ts';
import type { ExportFile } from '../export/exportActions.ts';
import { comparePlan } from './shareActions.ts';

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'callfloor';
}

/** The viewer template from the app's own server (a relative URL: works under any base path). */
async function fetchTemplate(): Promise<string> {
  const response = await fetch(new URL(VIEWER_TEMPLATE_PATH, document.baseURI));
  if (!response.ok) throw new Error(`${VIEWER_TEMPLATE_PATH}: HTTP ${response.status}`);
  return response.text();
}

export async function proposalPackHtml(plan: PlanDocument, locale: Locale, onProgress: ProgressCallback = () => undefined): Promise<ExportFile> {
  onProgress(0.02, VIEWER_TEMPLATE_PATH);
  const template = await fetchTemplate();
  // every layout through the rules (in a worker), so the file needs no rules run to compare
  const comparison = await comparePlan(plan, { onProgress: (p) => onProgress(0.05 + (0.85 * p.done) / Math.max(p.total, 1), `${p.done} / ${p.total}`) });
  // underlay drawings are tracing aids: the presentation never shows them
  const shown: PlanDocument = { ...withoutInlineDrawings(plan), presentation: true };
  const pack: ViewerPack = { kind: 'callfloor-pack', version: 1, plan: JSON.parse(serializePlan(shown, { indent: 0 })) as PlanDocument, comparison, locale, saved: new Date().toISOString() };
  onProgress(0.95, 'HTML');
  const html = embedPack(template, pack);
  return { name: `${safeName(plan.name)}.callfloor.html`, blob: new Blob([html], { type: 'text/html;charset=utf-8' }) };
}
