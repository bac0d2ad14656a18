// Bar chart of the comparison (plain SVG): one group per measure, one bar per proposal, each
// group scaled to its largest value; the best bar of a group is outlined.
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import type { Locale } from '../../floorplan/types.ts';
import { chartGroups } from '../../floorplan/proposals/chartGroups.ts';
import { formatRowValue } from './format.ts';

export const PROPOSAL_COLORS = ['#2b4a7e', '#d9822b', '#3a8f5c', '#8e44ad', '#c0392b', '#16a085'];

export function ComparisonChart({ comparison, locale, width = 520 }: { comparison: Comparison; locale: Locale; width?: number }) {
  const { t } = useTranslation();
  const groups = chartGroups(comparison);
  const n = comparison.proposals.length;
  const labelWidth = 150;
  const bar = 12;
  const groupHeight = n * (bar + 2) + 12;
  const legendHeight = 22;
  const height = legendHeight + groups.length * groupHeight;
  const plotWidth = width - labelWidth - 90;
  return (
    <svg className="comparison-chart" data-testid="comparison-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('proposals.compare')}>
      {comparison.proposals.map((p, i) => (
        <g key={p.id} transform={`translate(${labelWidth + i * 140}, 4)`}>
          <rect width={12} height={12} fill={PROPOSAL_COLORS[i % PROPOSAL_COLORS.length]} />
          <text x={16} y={11} fontSize={11}>
            {p.name}
          </text>
        </g>
      ))}
      {groups.map((g, gi) => {
        const y0 = legendHeight + gi * groupHeight;
        const key = g.key === 'failTotal' || g.key === 'warnTotal' ? 'seats' : g.key;
        return (
          <g key={g.key} data-group={g.key}>
            <text x={labelWidth - 6} y={y0 + groupHeight / 2} fontSize={11} textAnchor="end" dominantBaseline="middle">
              {t(`proposals.rows.${g.key}`)}
            </text>
            {g.shares.map((share, i) => {
              const y = y0 + 4 + i * (bar + 2);
              const w = share === null ? 0 : Math.max(1, share * plotWidth);
              const best = g.best.includes(i);
              return (
                <g key={i}>
                  <rect x={labelWidth} y={y} width={w} height={bar} fill={PROPOSAL_COLORS[i % PROPOSAL_COLORS.length]} stroke={best ? '#111' : 'none'} strokeWidth={best ? 1.5 : 0} />
                  <text x={labelWidth + w + 4} y={y + bar - 2} fontSize={10}>
                    {formatRowValue(key, g.values[i] ?? null, comparison.currency, locale)}
                    {best ? ' ★' : ''}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
