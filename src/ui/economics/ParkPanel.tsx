// The park tab: occupancy from the tenants, investment and running cost per seat in all and per
// phase, and the editing of tenants, phases and costs (docs/economics.md).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecksState, useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import { addTenant, editTenant, newEconomicsId, removeTenant } from '../../floorplan/commands/economics.ts';
import { parkEconomics, type EconomicsProblem, type ParkEconomics } from '../../floorplan/economics/parkEconomics.ts';
import type { MoneyFigures } from '../../floorplan/economics/investment.ts';
import type { Locale, Tenant } from '../../floorplan/types.ts';
import { formatMoney } from '../proposals/format.ts';
import { CostsSection } from './CostsSection.tsx';
import { OccupancyStack } from './OccupancyStack.tsx';
import { PhasesSection } from './PhasesSection.tsx';
import { TenantForm } from './TenantForm.tsx';
import { tenantColor } from './tenantColors.ts';
import './economics.css';
import './messages.ts';

function Figures({ figures, currency, locale, testId }: { figures: MoneyFigures; currency: string; locale: Locale; testId: string }) {
  const { t } = useTranslation();
  const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatMoney(v, currency, locale));
  return (
    <dl className="economics-figures" data-testid={testId}>
      <dt>{t('economics.seats')}</dt>
      <dd data-testid={`${testId}-seats`}>{figures.seats.toLocaleString(locale)}</dd>
      <dt>{t('economics.occupied')}</dt>
      <dd data-testid={`${testId}-occupied`}>{figures.occupied.toLocaleString(locale)}</dd>
      <dt>{t('economics.vacant')}</dt>
      <dd data-testid={`${testId}-vacant`}>{figures.vacant.toLocaleString(locale)}</dd>
      <dt>{t('economics.investment')}</dt>
      <dd>{money(figures.cost.total)}</dd>
      <dt>{t('economics.investmentPerSeat')}</dt>
      <dd data-testid={`${testId}-per-seat`}>{money(figures.investmentPerSeat)}</dd>
      <dt>{t('economics.runningPerSeatMonth')}</dt>
      <dd>{money(figures.runningPerSeatMonth?.total)}</dd>
      <dt>{t('economics.rentIncomeMonth')}</dt>
      <dd>{money(figures.rentIncomeMonth)}</dd>
    </dl>
  );
}

function problemText(t: ReturnType<typeof useTranslation>['t'], p: EconomicsProblem, names: Map<string, string>): string {
  if (p.kind === 'unknown-phase') return t('economics.problems.unknown-phase', { ref: p.phaseId });
  const tenant = names.get(p.tenantId) ?? p.tenantId;
  if (p.kind === 'overlap') return t('economics.problems.overlap', { tenant, seats: p.seats, other: names.get(p.otherTenantId) ?? p.otherTenantId });
  if (p.kind === 'short') return t('economics.problems.short', { tenant, seats: p.seats });
  return t(`economics.problems.${p.kind}`, { tenant, ref: p.ref });
}

function PhaseTable({ economics, locale }: { economics: ParkEconomics; locale: Locale }) {
  const { t } = useTranslation();
  const money = (v: number | null) => (v === null ? '—' : formatMoney(v, economics.currency, locale));
  return (
    <table className="economics-table" data-testid="economics-phase-table">
      <thead>
        <tr>
          <th>{t('economics.phases')}</th>
          <th>{t('economics.seats')}</th>
          <th>{t('economics.investmentPerSeat')}</th>
          <th title={t('economics.complianceHint')}>{t('economics.compliance')}</th>
        </tr>
      </thead>
      <tbody>
        {economics.phases.map((p) => (
          <tr key={p.phaseId ?? ''} data-phase={p.phaseId ?? ''}>
            <th scope="row" title={[p.start, p.end].filter(Boolean).join(' – ')}>
              {p.name || t('economics.unphased')}
            </th>
            <td>
              {p.occupied}/{p.seats}
            </td>
            <td>{money(p.investmentPerSeat)}</td>
            <td>{p.compliance ? `${p.compliance.fail} / ${p.compliance.warn}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TenantsSection({ economics }: { economics: ParkEconomics }) {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const store = useEditorStore().getState();
  const tenants = plan.tenants ?? [];
  const save = (tenant: Tenant, isNew: boolean): void => {
    const { id, ...props } = tenant;
    const result = isNew ? store.execute(addTenant, { tenant }) : store.execute(editTenant, { id, props });
    if (!('refused' in result)) {
      setEditing(null);
      setFormKey((k) => k + 1);
    }
  };
  return (
    <section className="economics-section" data-testid="economics-tenants">
      <h3>{t('economics.tenants')}</h3>
      {tenants.length === 0 && <p className="economics-note">{t('economics.noTenants')}</p>}
      <ul className="economics-list">
        {tenants.map((tenant, i) => {
          const figures = economics.tenants[i];
          return (
            <li key={tenant.id} data-testid={`tenant-${tenant.id}`}>
              {editing === tenant.id ? (
                <TenantForm plan={plan} tenant={tenant} onSave={(next) => save(next, false)} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <span className="economics-swatch" style={{ background: tenantColor(i) }} />
                  <span className="economics-tenant-name">{tenant.name}</span>
                  <span className="economics-tenant-seats" data-testid={`tenant-${tenant.id}-occupied`}>
                    {figures ? `${figures.occupied}/${figures.leased}` : ''}
                  </span>
                  <button type="button" onClick={() => setEditing(tenant.id)}>
                    {t('economics.edit')}
                  </button>
                  <button type="button" onClick={() => store.execute(removeTenant, { id: tenant.id })}>
                    {t('economics.remove')}
                  </button>
                  {(tenant.leaseStart || tenant.leaseEnd) && (
                    <span className="economics-lease">
                      {tenant.leaseStart ?? '…'} – {tenant.leaseEnd ?? '…'}
                    </span>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <details className="economics-add">
        <summary data-testid="tenant-add-open">{t('economics.addTenant')}</summary>
        <TenantForm key={formKey} plan={plan} tenant={{ id: newEconomicsId(plan, 'tenant-'), name: '' }} onSave={(next) => save(next, true)} />
      </details>
    </section>
  );
}

export function ParkPanel() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const locale = useEditorState((s) => s.session.locale);
  const findings = useChecksState((s) => s.result?.findings);
  const economics = useMemo(() => parkEconomics(plan, findings ? { findings } : {}), [plan, findings]);
  const names = useMemo(() => new Map((plan.tenants ?? []).map((x) => [x.id, x.name])), [plan.tenants]);
  return (
    <section className="economics-panel" data-testid="economics-panel">
      <h2>{t('economics.title')}</h2>
      <Figures figures={economics.park} currency={economics.currency} locale={locale} testId="economics-park" />
      {economics.problems.length > 0 && (
        <div className="economics-problems" data-testid="economics-problems">
          <h3>{t('economics.problemsTitle')}</h3>
          <ul>
            {economics.problems.map((p, i) => (
              <li key={i}>{problemText(t, p, names)}</li>
            ))}
          </ul>
        </div>
      )}
      <PhaseTable economics={economics} locale={locale} />
      <h3>{t('economics.stack')}</h3>
      <OccupancyStack occupancy={economics.occupancy} tenantNames={names} />
      <TenantsSection economics={economics} />
      <PhasesSection plan={plan} />
      <h3>{t('economics.costs')}</h3>
      <CostsSection key={JSON.stringify(plan.costs ?? null)} costs={plan.costs ?? economics.costs} />
    </section>
  );
}
