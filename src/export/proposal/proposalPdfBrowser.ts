// The proposal PDF in the browser: compares the proposals (a rules run per layout), captures a
// 3D view of each building from the live canvas, then writes the PDF with the bundled fonts.
import { editorStore } from '../../editor/store.ts';
import { comparePlanProposals } from '../../floorplan/proposals/comparePlan.ts';
import { DEFAULT_COSTS } from '../../floorplan/proposals/costs.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import { runRules } from '../../rules/runRules.ts';
import { captureBuildingViews } from '../../view3d/tour/captureViews.ts';
import { reportMeta } from '../model/meta.ts';
import { loadBrowserFonts } from '../pdf/fontsBrowser.ts';
import { proposalPdf } from './proposalPdf.ts';

export async function exportProposalPdf(plan: PlanDocument, locale: Locale): Promise<Uint8Array> {
  const images = await captureBuildingViews(editorStore);
  const comparison = comparePlanProposals(plan, (p) => runRules(p));
  const meta = await reportMeta(plan, { revision: editorStore.getState().revision });
  return proposalPdf(comparison, { locale, meta, fonts: loadBrowserFonts, costs: plan.costs ?? DEFAULT_COSTS, images });
}
