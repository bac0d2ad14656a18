// Export: a header button that opens a modal dialog — capacity / compliance PDF, CSV schedules,
// glTF, the plan file; scope (park, the active building, the active floor; by default what is
// open) and report language; a progress bar while it works. Esc or the close button shuts it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '../../editor/EditorContext.tsx';
import type { Locale } from '../../floorplan/types.ts';
import type { ReportScope } from '../../export/model/scope.ts';
import { download, runExport, type ExportKind } from './exportActions.ts';
import '../layout/layoutMessages.ts';
import '../editor/drawingStoreMessages.ts';
import './evacuationMessages.ts';
import type { EvacuationPaper } from '../../export/model/evacuationModel.ts';

type ScopeKind = ReportScope['kind'];

const LABELS = {
  'zh-CN': {
    kind: '内容', scope: '范围', language: '报告语言', run: '导出', park: '园区', building: '当前建筑', floor: '当前楼层', failed: '导出失败',
    kinds: { 'capacity-pdf': '容量报告 PDF', 'compliance-pdf': '合规性检查报告 PDF', 'workstations-csv': '工位表 CSV', 'zones-csv': '区域表 CSV', 'findings-csv': '检查问题清单 CSV', 'register-csv': '消防设施台账 CSV', 'register-pdf': '消防设施检查登记表 PDF（可签字）', 'evacuation-pdf': '疏散示意图 PDF', glb: '三维模型 glTF (.glb)', plan: '方案文件 (.callfloor.json)', 'floor-dxf': 'CAD 平面图 DXF（当前楼层）', 'pack-html': '方案包 HTML（离线演示，单个文件）' },
  },
  en: {
    kind: 'What', scope: 'Scope', language: 'Report language', run: 'Export', park: 'Park', building: 'Active building', floor: 'Active floor', failed: 'Export failed',
    kinds: { 'capacity-pdf': 'Capacity report PDF', 'compliance-pdf': 'Compliance report PDF', 'workstations-csv': 'Workstation schedule CSV', 'zones-csv': 'Zone schedule CSV', 'findings-csv': 'Findings list CSV', 'register-csv': 'Fire register CSV', 'register-pdf': 'Fire register PDF (to sign)', 'evacuation-pdf': 'Evacuation plans PDF', glb: '3D model glTF (.glb)', plan: 'Plan file (.callfloor.json)', 'floor-dxf': 'CAD floor plan DXF (active floor)', 'pack-html': 'Proposal pack as HTML (offline presentation, one file)' },
  },
} as const;

const KINDS: ExportKind[] = ['capacity-pdf', 'compliance-pdf', 'evacuation-pdf', 'findings-csv', 'register-pdf', 'register-csv', 'workstations-csv', 'zones-csv', 'glb', 'floor-dxf', 'plan', 'pack-html'];

/** The scope an export starts from: the floor or building that is open, else the park. */
export function openScopeKind(level: 'park' | 'building' | 'floor', buildingId: string | null, floorId: string | null): ScopeKind {
  if (level === 'floor' && floorId) return 'floor';
  if (level !== 'park' && buildingId) return 'building';
  return 'park';
}

function ExportForm({ onClose }: { onClose: () => void }) {
  const plan = useEditorState((s) => s.plan);
  const revision = useEditorState((s) => s.revision);
  const uiLocale = useEditorState((s) => s.session.locale);
  const level = useEditorState((s) => s.session.level);
  const buildingId = useEditorState((s) => s.session.buildingId);
  const floorId = useEditorState((s) => s.session.floorId);
  const { t } = useTranslation();
  const [kind, setKind] = useState<ExportKind>('capacity-pdf');
  const [scopeKind, setScopeKind] = useState<ScopeKind>(() => openScopeKind(level, buildingId, floorId));
  const [locale, setLocale] = useState<Locale>(plan.locale ?? uiLocale);
  const [progress, setProgress] = useState<{ fraction: number; step: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [includeDrawings, setIncludeDrawings] = useState(true);
  const [paper, setPaper] = useState<EvacuationPaper>('a3');
  const [leftOut, setLeftOut] = useState<string[] | null>(null);
  const l = LABELS[uiLocale];

  const scope: ReportScope =
    scopeKind === 'floor' && floorId ? { kind: 'floor', floorId } : scopeKind === 'building' && buildingId ? { kind: 'building', buildingId } : { kind: 'park' };

  const start = async (): Promise<void> => {
    setError(null);
    setProgress({ fraction: 0, step: '' });
    try {
      setLeftOut(null);
      const file = await runExport({ kind, plan, scope, locale, revision, includeDrawings, paper, onProgress: (fraction, step) => setProgress({ fraction, step }) });
      download(file);
      if (file.missingDrawings) setLeftOut(file.missingDrawings);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <header className="dialog-head">
        <h2>{t('exportDialog.title')}</h2>
        <button type="button" className="dialog-close" data-testid="export-close" aria-label={t('exportDialog.close')} title={t('exportDialog.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <label className="dialog-row">
        <span>{l.kind}</span>
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value as ExportKind;
            setKind(next);
            // a DXF drawing is of one floor
            if (next === 'floor-dxf' && floorId) setScopeKind('floor');
          }}
          data-testid="export-kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k} disabled={k === 'floor-dxf' && !floorId}>
              {l.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      <fieldset disabled={kind === 'plan' || kind === 'pack-html'} className="dialog-row">
        <legend>{l.scope}</legend>
        <div className="dialog-choices">
          {(['park', 'building', 'floor'] as const).map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="export-scope"
                value={k}
                checked={scopeKind === k}
                disabled={(k === 'building' && !buildingId) || (k === 'floor' && !floorId) || (kind === 'floor-dxf' && k !== 'floor')}
                onChange={() => setScopeKind(k)}
              />
              {l[k]}
            </label>
          ))}
        </div>
        <p className="dialog-note">{t('exportDialog.scopeHint')}</p>
      </fieldset>
      <label className="dialog-row">
        <span>{l.language}</span>
        <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} disabled={kind === 'glb' || kind === 'plan'} data-testid="export-language">
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      {kind === 'evacuation-pdf' && (
        <label className="dialog-row">
          <span>{t('evacuationExport.paper')}</span>
          <select value={paper} onChange={(e) => setPaper(e.target.value as EvacuationPaper)} data-testid="export-paper">
            <option value="a3">{t('evacuationExport.a3')}</option>
            <option value="a4">{t('evacuationExport.a4')}</option>
          </select>
        </label>
      )}
      {kind === 'evacuation-pdf' && <p className="dialog-note">{t('evacuationExport.hint')}</p>}
      {kind === 'plan' && (
        <div className="dialog-row">
          <span>{t('drawingStore.drawingsLabel')}</span>
          <label className="dialog-choices">
            <input type="checkbox" data-testid="export-include-drawings" checked={includeDrawings} onChange={(e) => setIncludeDrawings(e.target.checked)} />
            {t('drawingStore.includeInFile')}
          </label>
        </div>
      )}
      {kind === 'plan' && <p className="dialog-note">{t('drawingStore.includeDrawingsHint')}</p>}
      {leftOut && <p className="dialog-note" role="status" data-testid="export-missing-drawings">{t('drawingStore.missingInExport', { names: leftOut.join(', ') })}</p>}
      <footer className="dialog-foot">
        {progress && (
          <div role="status" data-testid="export-progress" className="dialog-progress">
            <progress max={1} value={progress.fraction} /> {progress.step}
          </div>
        )}
        {error && (
          <div role="alert" className="dialog-error">
            {l.failed}: {error}
          </div>
        )}
        <button type="submit" className="primary" disabled={progress !== null || (kind === 'floor-dxf' && scope.kind !== 'floor')} data-testid="export-run">
          {l.run}
        </button>
      </footer>
    </form>
  );
}

export function ExportMenu() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <>
      <button type="button" className="header-button" data-testid="export-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('exportDialog.open')}
      </button>
      {/* the native dialog closes on Esc by itself ('close' keeps React's state in step) */}
      <dialog ref={dialog} className="dialog export-dialog" data-testid="export-menu" aria-label={t('exportDialog.title')} onClose={() => setOpen(false)}>
        {open && <ExportForm onClose={() => setOpen(false)} />}
      </dialog>
    </>
  );
}
