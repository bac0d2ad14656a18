// What the proposals panel hands out: the comparison (rules run per layout), the proposal pack
// (the plan file that opens in presentation mode) and the proposal PDF.
import { serializePlan } from '../../floorplan/format/serializePlan.ts';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import type { ExportFile } from '../export/exportActions.ts';

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'callfloor';
}

export async function comparePlan(plan: PlanDocument): Promise<Comparison> {
  const [{ runRules }, { comparePlanProposals }] = await Promise.all([import('../../rules/runRules.ts'), import('../../floorplan/proposals/comparePlan.ts')]);
  // let the "computing" label paint before the (synchronous) rules runs
  await new Promise((r) => setTimeout(r, 0));
  return comparePlanProposals(plan, (p) => runRules(p));
}

export function proposalPack(plan: PlanDocument): ExportFile {
  const pack: PlanDocument = { ...plan, presentation: true };
  return { name: `${safeName(plan.name)}_proposals.callfloor.json`, blob: new Blob([serializePlan(pack)], { type: 'application/json' }) };
}

export async function proposalPdfFile(plan: PlanDocument, locale: Locale): Promise<ExportFile> {
  const { exportProposalPdf } = await import('../../export/proposal/proposalPdfBrowser.ts');
  const bytes = await exportProposalPdf(plan, locale);
  return { name: `${safeName(plan.name)}_proposals_${locale}.pdf`, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
}
