// The bars of the comparison chart: a few headline rows, each scaled to its own largest value
// (the units differ), fail/warn counts summed over the areas.
import { bestIndexes, COMPARED_AREAS, type Comparison, type RowKey } from './compare.ts';

export interface ChartGroup {
  key: RowKey | 'failTotal' | 'warnTotal';
  values: (number | null)[];
  /** each value ÷ the group's largest (0..1); null stays null */
  shares: (number | null)[];
  best: number[];
}

const HEADLINE: RowKey[] = ['seats', 'capacity', 'areaPerSeat', 'fitOut', 'oneOffPerSeat', 'rentPerSeatMonth'];

function group(key: ChartGroup['key'], values: (number | null)[], better: 'higher' | 'lower'): ChartGroup {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  return { key, values, shares: values.map((v) => (v === null ? null : max > 0 ? v / max : 0)), best: bestIndexes(values, better) };
}

export function chartGroups(c: Comparison): ChartGroup[] {
  const groups = HEADLINE.flatMap((key) => {
    const row = c.rows.find((r) => r.key === key);
    return row ? [group(key, row.values, row.better)] : [];
  });
  const total = (kind: 'fail' | 'warn') => c.proposals.map((p) => COMPARED_AREAS.reduce((n, a) => n + (kind === 'fail' ? p.fails[a] : p.warns[a]), 0));
  groups.splice(3, 0, group('failTotal', total('fail'), 'lower'), group('warnTotal', total('warn'), 'lower'));
  return groups;
}
