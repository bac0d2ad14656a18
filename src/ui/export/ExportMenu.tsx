// The Export menu: capacity / compliance PDF, CSV schedules, glTF, plan file; scope (park,
// the active building, the active floor) and report language; a progress bar while it works.
import { useState } from 'react';
import type { Locale } from '../../floorplan/types.ts';
import { useEditor } from '../../editor/useEditor.ts';
import type { ReportScope } from '../../export/model/scope.ts';
import { download, runExport, type ExportKind } from './exportActions.ts';

type ScopeKind = ReportScope['kind'];

const LABELS = {
  'zh-CN': {
    menu: '导出', kind: '内容', scope: '范围', language: '语言', run: '导出', park: '园区', building: '当前建筑', floor: '当前楼层', failed: '导出失败',
    kinds: { 'capacity-pdf': '容量报告 PDF', 'compliance-pdf': '合规性检查报告 PDF', 'workstations-csv': '工位表 CSV', 'zones-csv': '区域表 CSV', glb: '三维模型 glTF (.glb)', plan: '方案文件 (.callfloor.json)' },
  },
  en: {
    menu: 'Export', kind: 'What', scope: 'Scope', language: 'Language', run: 'Export', park: 'Park', building: 'Active building', floor: 'Active floor', failed: 'Export failed',
    kinds: { 'capacity-pdf': 'Capacity report PDF', 'compliance-pdf': 'Compliance report PDF', 'workstations-csv': 'Workstation schedule CSV', 'zones-csv': 'Zone schedule CSV', glb: '3D model glTF (.glb)', plan: 'Plan file (.callfloor.json)' },
  },
} as const;

const KINDS: ExportKind[] = ['capacity-pdf', 'compliance-pdf', 'workstations-csv', 'zones-csv', 'glb', 'plan'];

export function ExportMenu() {
  const plan = useEditor((s) => s.plan);
  const revision = useEditor((s) => s.revision);
  const uiLocale = useEditor((s) => s.session.locale);
  const buildingId = useEditor((s) => s.session.buildingId);
  const floorId = useEditor((s) => s.session.floorId);
  const [kind, setKind] = useState<ExportKind>('capacity-pdf');
  const [scopeKind, setScopeKind] = useState<ScopeKind>('park');
  const [locale, setLocale] = useState<Locale>(plan.locale ?? uiLocale);
  const [progress, setProgress] = useState<{ fraction: number; step: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const l = LABELS[uiLocale];

  const scope: ReportScope =
    scopeKind === 'floor' && floorId ? { kind: 'floor', floorId } : scopeKind === 'building' && buildingId ? { kind: 'building', buildingId } : { kind: 'park' };

  const start = async (): Promise<void> => {
    setError(null);
    setProgress({ fraction: 0, step: '' });
    try {
      const file = await runExport({ kind, plan, scope, locale, revision, onProgress: (fraction, step) => setProgress({ fraction, step }) });
      download(file);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>{l.menu}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <label>
          {l.kind}
          <select value={kind} onChange={(e) => setKind(e.target.value as ExportKind)} data-testid="export-kind">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {l.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <fieldset disabled={kind === 'plan'}>
          <legend>{l.scope}</legend>
          {(['park', 'building', 'floor'] as const).map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="export-scope"
                value={k}
                checked={scopeKind === k}
                disabled={(k === 'building' && !buildingId) || (k === 'floor' && !floorId)}
                onChange={() => setScopeKind(k)}
              />
              {l[k]}
            </label>
          ))}
        </fieldset>
        <label>
          {l.language}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} disabled={kind === 'glb' || kind === 'plan'} data-testid="export-language">
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="submit" disabled={progress !== null} data-testid="export-run">
          {l.run}
        </button>
        {progress && (
          <div role="status" data-testid="export-progress">
            <progress max={1} value={progress.fraction} /> {progress.step}
          </div>
        )}
        {error && (
          <div role="alert">
            {l.failed}: {error}
          </div>
        )}
      </form>
    </details>
  );
}
