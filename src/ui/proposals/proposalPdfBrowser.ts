// The proposal PDF in the browser: compares the proposals (a rules run per layout), captures a
// 3D view of each building from the live canvas, then writes the PDF with the bundled fonts.
import type { SceneServices } from '../../editor/SceneServices.tsx';
import type { EditorStore } from '../../editor/store.ts';
import { comparePlanProposals } from '../../floorplan/proposals/comparePlan.ts';
import { DEFAULT_COSTS } from '../../floorplan/proposals/costs.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import { runRules } from '../../rules/runRules.ts';
import { reportMeta } from '../../export/model/meta.ts';
import { loadBrowserFonts } from '../../export/pdf/fontsBrowser.ts';
import { proposalPdf } from '../../export/proposal/proposalPdf.ts';

/** `editor`: the store of the editor whose canvas shows the buildings (its camera is moved while capturing). */
export async function exportProposalPdf(editor: EditorStore, plan: PlanDocument, locale: Locale, scene: Pick<SceneServices, 'captureBuildingViews'>): Promise<Uint8Array> {
  const images = await scene.captureBuildingViews(editor);
  const comparison = comparePlanProposals(plan, (p) => runRules(p));
  const meta = await reportMeta(plan, { revision: editor.getState().revision });
  return proposalPdf(comparison, { locale, meta, fonts: loadBrowserFonts, costs: plan.costs ?? DEFAULT_COSTS, images });
}
