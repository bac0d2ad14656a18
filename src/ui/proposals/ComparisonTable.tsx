// Side-by-side table of proposals: one column per proposal, one row per measure, the best
// value of each row marked (★ and a class for the highlight).
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import type { Locale } from '../../floorplan/types.ts';
import { formatRowValue } from './format.ts';
import { rowLabel } from './rowLabel.ts';

export function ComparisonTable({ comparison, locale }: { comparison: Comparison; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <table className="comparison-table" data-testid="comparison-table">
      <thead>
        <tr>
          <th>{t('proposals.measure')}</th>
          {comparison.proposals.map((p) => (
            <th key={p.id}>{p.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{rowLabel(t, row.key)}</th>
            {row.values.map((v, i) => {
              const best = row.best.includes(i);
              return (
                <td key={comparison.proposals[i]?.id ?? i} className={best ? 'best' : undefined} data-best={best ? '1' : undefined} title={best ? t('proposals.best') : undefined}>
                  {formatRowValue(row.key, v, comparison.currency, locale)}
                  {best && ' ★'}
                </td>
              );
            })}
          </tr>
        ))}
        <tr data-row="binding">
          <th scope="row">{t('proposals.rows.binding')}</th>
          {comparison.proposals.map((p) => (
            <td key={p.id}>{p.binding ?? '—'}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
