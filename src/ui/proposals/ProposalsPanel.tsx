// The proposals side panel: the layout options of the project (create from the current layout,
// switch, rename, delete), cost parameters, the comparison table and chart, and the ways to
// share them (presentation mode, proposal pack, proposal PDF).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import { createProposal, deleteProposal, renameProposal, setCosts, switchProposal } from '../../floorplan/commands/proposals.ts';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import { DEFAULT_COSTS } from '../../floorplan/proposals/costs.ts';
import { listProposals, newProposalArgs } from '../../floorplan/proposals/proposals.ts';
import type { CostParameters } from '../../floorplan/types.ts';
import { download } from '../export/exportActions.ts';
import { ComparisonChart } from './ComparisonChart.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { InvestmentComparison } from '../economics/InvestmentComparison.tsx';
import './messages.ts';
import { comparePlan, proposalPack, proposalPdfFile } from './shareActions.ts';
import { useSceneServices } from '../../editor/SceneServices.tsx';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'];

function CostsForm({ costs }: { costs: CostParameters }) {
  const { t } = useTranslation();
  const editorStore = useEditorStore();
  const [draft, setDraft] = useState(costs);
  const amount = (key: 'fitOutPerM2' | 'rentPerM2Month' | 'equipmentPerSeat') => (
    <label>
      {t(`proposals.${key}`)}
      <input type="number" min={0} step="any" value={draft[key]} data-testid={`cost-${key}`} onChange={(e) => setDraft({ ...draft, [key]: Number(e.target.value) })} />
    </label>
  );
  return (
    <form
      className="costs-form"
      onSubmit={(e) => {
        e.preventDefault();
        editorStore.getState().execute(setCosts, { costs: draft });
      }}
    >
      <h3>{t('proposals.costs')}</h3>
      <label>
        {t('proposals.currency')}
        <select value={draft.currency} onChange={(e) => setDraft({ ...draft, currency: e.target.value })}>
          {[...new Set([draft.currency, ...CURRENCIES])].map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      {amount('fitOutPerM2')}
      {amount('rentPerM2Month')}
      {amount('equipmentPerSeat')}
      <button type="submit">{t('proposals.applyCosts')}</button>
    </form>
  );
}

export function ProposalsPanel() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const locale = useEditorState((s) => s.session.locale);
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [comparison, setComparison] = useState<{ of: typeof plan; result: Comparison } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // the comparison under way (in a worker): the plan it is for and how far it is
  const [comparing, setComparing] = useState<{ done: number; total: number } | null>(null);
  const job = useRef<{ of: typeof plan; abort: AbortController } | null>(null);
  const [stale, setStale] = useState(false);
  const proposals = listProposals(plan);
  const editorStore = useEditorStore();
  const scene = useSceneServices();
  const store = editorStore.getState();

  const compare = (): void => {
    job.current?.abort.abort();
    const of = plan;
    const abort = new AbortController();
    job.current = { of, abort };
    setError(null);
    setStale(false);
    setComparing({ done: 0, total: proposals.length });
    const mine = () => job.current?.abort === abort;
    comparePlan(of, { signal: abort.signal, onProgress: (p) => mine() && setComparing(p) })
      .then((result) => {
        if (!mine()) return;
        // the plan changed while the rules ran: the answer is for a layout no longer shown
        if (editorStore.getState().plan !== of) setStale(true);
        else setComparison({ of, result });
      })
      .catch((e: unknown) => {
        if (mine() && !abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (!mine()) return;
        job.current = null;
        setComparing(null);
      });
  };

  // an edit during the comparison makes its answer stale: stop the worker, drop the answer
  useEffect(() => {
    const running = job.current;
    if (!running || running.of === plan) return;
    job.current = null;
    running.abort.abort();
    setComparing(null);
    setStale(true);
  }, [plan]);
  useEffect(() => () => job.current?.abort.abort(), []);

  const create = (): void => {
    const name = newName.trim() || t('proposals.defaultName', { n: proposals.length + 1 });
    // the current layout keeps the name it is listed under
    store.execute(createProposal, newProposalArgs(plan, name));
    setNewName('');
  };

  const work = async (job: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await job();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="proposals-panel" data-testid="proposals-panel">
      <h2>{t('proposals.title')}</h2>
      <ul className="proposal-list">
        {proposals.map((p) => (
          <li key={p.id} data-testid={`proposal-${p.id}`} className={p.active ? 'active' : undefined}>
            {renaming?.id === p.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  store.execute(renameProposal, { id: p.id, name: renaming.name });
                  setRenaming(null);
                }}
              >
                <input autoFocus value={renaming.name} onChange={(e) => setRenaming({ id: p.id, name: e.target.value })} onBlur={() => setRenaming(null)} />
              </form>
            ) : (
              <span className="proposal-name">
                {p.name}
                {p.active && <em> ({t('proposals.active')})</em>}
              </span>
            )}
            {!p.active && (
              <button type="button" onClick={() => store.execute(switchProposal, { id: p.id })}>
                {t('proposals.switchTo')}
              </button>
            )}
            <button type="button" onClick={() => setRenaming({ id: p.id, name: p.name })}>
              {t('proposals.rename')}
            </button>
            {!p.active && (
              <button type="button" onClick={() => store.execute(deleteProposal, { id: p.id })}>
                {t('proposals.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="proposal-create"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <input placeholder={t('proposals.newName')} value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="proposal-new-name" />
        <button type="submit" data-testid="proposal-create">
          {t('proposals.create')}
        </button>
      </form>
      <CostsForm key={JSON.stringify(plan.costs ?? null)} costs={plan.costs ?? DEFAULT_COSTS} />
      <div className="proposal-actions">
        <button type="button" disabled={busy || comparing !== null} aria-busy={comparing !== null} data-testid="proposal-compare" onClick={compare}>
          {comparing ? t('proposals.comparingProgress', { n: Math.min(comparing.done + 1, comparing.total), total: comparing.total }) : t('proposals.compare')}
        </button>
        <button type="button" data-testid="proposal-present" onClick={() => store.setReadOnly(true)}>
          {t('proposals.present')}
        </button>
        <button type="button" data-testid="proposal-pack" onClick={() => download(proposalPack(plan))}>
          {t('proposals.exportPack')}
        </button>
        <button type="button" disabled={busy} data-testid="proposal-pdf" onClick={() => void work(async () => download(await proposalPdfFile(editorStore, plan, locale, scene)))}>
          {t('proposals.exportPdf')}
        </button>
      </div>
      {comparing && (
        <progress className="comparison-progress" data-testid="comparison-progress" max={Math.max(comparing.total, 1)} value={comparing.done}>
          {comparing.done} / {comparing.total}
        </progress>
      )}
      {stale && !comparing && (
        <p className="comparison-stale" data-testid="comparison-stale">
          {t('proposals.comparisonStale')}
        </p>
      )}
      {error && <div role="alert">{error}</div>}
      {comparison && comparison.of === plan && (
        <>
          <ComparisonTable comparison={comparison.result} locale={locale} />
          <ComparisonChart comparison={comparison.result} locale={locale} width={360} />
          <InvestmentComparison comparison={comparison.result} locale={locale} />
        </>
      )}
    </section>
  );
}
