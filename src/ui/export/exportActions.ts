// What each export menu entry does, with the heavy libraries (jsPDF, three's exporter, the rules
// engine) loaded only when the user exports.
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import type { ReportScope } from '../../export/model/scope.ts';
import type { ProgressCallback } from '../../export/pdf/reportOptions.ts';
import { planWithDrawings } from '../../editor/drawingLibrary.ts';
import { withoutInlineDrawings } from '../../floorplan/underlay/drawingContent.ts';
import type { EvacuationPaper } from '../../export/model/evacuationModel.ts';

export type ExportKind = 'capacity-pdf' | 'compliance-pdf' | 'workstations-csv' | 'zones-csv' | 'findings-csv' | 'glb' | 'plan' | 'floor-dxf' | 'register-csv' | 'register-pdf' | 'evacuation-pdf' | 'pack-html';

export interface ExportRequest {
  kind: ExportKind;
  plan: PlanDocument;
  scope: ReportScope;
  locale: Locale;
  revision: number | null;
  onProgress: ProgressCallback;
  /** plan file: carry the underlay drawings inline (default true) */
  includeDrawings?: boolean;
  /** evacuation plans: the paper (default A3) */
  paper?: EvacuationPaper;
}

export interface ExportFile {
  name: string;
  blob: Blob;
  /** plan file with drawings: the names of drawings this browser does not have (left out) */
  missingDrawings?: string[];
}

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'callfloor';
}

async function rulesFor(plan: PlanDocument) {
  const { runRules } = await import('../../rules/runRules.ts');
  return runRules(plan);
}

export async function runExport(r: ExportRequest): Promise<ExportFile> {
  const { formatScope } = await import('../../export/model/scope.ts');
  const base = `${safeName(r.plan.name)}_${safeName(formatScope(r.scope))}`;
  if (r.kind === 'pack-html') {
    // the one-file viewer with the plan and its comparison inside (src/ui/proposals/packHtmlExport.ts)
    const { proposalPackHtml } = await import('../proposals/packHtmlExport.ts');
    return proposalPackHtml(r.plan, r.locale, r.onProgress);
  }
  if (r.kind === 'plan') {
    const { serializePlan } = await import('../../floorplan/format/serializePlan.ts');
    // with drawings the file is self-contained; without, the underlays keep only their reference
    const out = r.includeDrawings === false ? { plan: withoutInlineDrawings(r.plan), missing: [] } : await planWithDrawings(r.plan);
    const file: ExportFile = { name: `${safeName(r.plan.name)}.callfloor.json`, blob: new Blob([serializePlan(out.plan)], { type: 'application/json' }) };
    return out.missing.length ? { ...file, missingDrawings: out.missing.map((d) => d.name) } : file;
  }
  if (r.kind === 'floor-dxf') {
    // a CAD drawing is of one floor; the dialog offers it only with the floor scope
    if (r.scope.kind !== 'floor') throw new Error('DXF 图须选择一个楼层 / choose one floor for a DXF drawing');
    const { floorToDxf } = await import('../../export/dxf/floorToDxf.ts');
    r.onProgress(0.1, 'DXF');
    const text = floorToDxf(r.plan, r.scope.floorId, { locale: r.locale });
    return { name: `${base}.dxf`, blob: new Blob([text], { type: 'application/dxf' }) };
  }
  if (r.kind === 'glb') {
    const { exportGlb } = await import('../../export/gltf.ts');
    r.onProgress(0.1, '3D');
    const buffer = await exportGlb(r.plan, r.scope);
    return { name: `${base}.glb`, blob: new Blob([buffer], { type: 'model/gltf-binary' }) };
  }
  if (r.kind === 'register-csv' || r.kind === 'register-pdf') {
    // the fire register needs no rule run: its statuses are as of today (docs/register.md)
    const { todayIso } = await import('../../export/model/meta.ts');
    if (r.kind === 'register-csv') {
      const { registerCsv } = await import('../../export/csv/register.ts');
      const csv = registerCsv(r.plan, { locale: r.locale, scope: r.scope, asOf: todayIso() });
      if (csv === null) throw new Error('scope not found in plan');
      return { name: `${base}_register_${r.locale}.csv`, blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }) };
    }
    const [{ reportMeta }, { loadBrowserFonts }, { registerPdf }] = await Promise.all([import('../../export/model/meta.ts'), import('../../export/pdf/fontsBrowser.ts'), import('../../export/pdf/registerPdf.ts')]);
    const meta = await reportMeta(r.plan, { revision: r.revision });
    const bytes = await registerPdf(r.plan, { locale: r.locale, scope: r.scope, meta, fonts: loadBrowserFonts, onProgress: r.onProgress });
    return { name: `${base}_register_${r.locale}.pdf`, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
  }
  if (r.kind === 'evacuation-pdf') {
    // drawn from the plan alone: the routes are walked afresh, no rule run needed
    const [{ reportMeta }, { loadBrowserFonts }, { evacuationPdf }] = await Promise.all([import('../../export/model/meta.ts'), import('../../export/pdf/fontsBrowser.ts'), import('../../export/pdf/evacuationPdf.ts')]);
    const meta = await reportMeta(r.plan, { revision: r.revision });
    const paper = r.paper ?? 'a3';
    const bytes = await evacuationPdf(r.plan, { locale: r.locale, scope: r.scope, paper, meta, fonts: loadBrowserFonts, onProgress: r.onProgress });
    return { name: `${base}_evacuation_${paper}_${r.locale}.pdf`, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
  }
  r.onProgress(0.02, r.locale === 'en' ? 'checking rules' : '规范检查');
  const rules = await rulesFor(r.plan);
  if (r.kind === 'findings-csv') {
    const { findingsCsv } = await import('../../export/csv/findings.ts');
    const csv = findingsCsv(r.plan, { locale: r.locale, scope: r.scope, rules });
    return { name: `${base}_findings_${r.locale}.csv`, blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }) };
  }
  if (r.kind === 'workstations-csv' || r.kind === 'zones-csv') {
    const { workstationScheduleCsv, zoneScheduleCsv } = await import('../../export/csv/schedules.ts');
    const options = { locale: r.locale, scope: r.scope, rules };
    const csv = r.kind === 'workstations-csv' ? workstationScheduleCsv(r.plan, options) : zoneScheduleCsv(r.plan, options);
    return { name: `${base}_${r.kind === 'workstations-csv' ? 'workstations' : 'zones'}.csv`, blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }) };
  }
  const [{ reportMeta }, { loadBrowserFonts }] = await Promise.all([import('../../export/model/meta.ts'), import('../../export/pdf/fontsBrowser.ts')]);
  const meta = await reportMeta(r.plan, { revision: r.revision });
  const options = { locale: r.locale, scope: r.scope, meta, rules, fonts: loadBrowserFonts, onProgress: (f: number, s: string) => r.onProgress(0.1 + 0.9 * f, s) };
  const bytes =
    r.kind === 'capacity-pdf'
      ? await (await import('../../export/pdf/capacityPdf.ts')).capacityPdf(r.plan, options)
      : await (await import('../../export/pdf/compliancePdf.ts')).compliancePdf(r.plan, options);
  return { name: `${base}_${r.kind === 'capacity-pdf' ? 'capacity' : 'compliance'}_${r.locale}.pdf`, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
}

export function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
