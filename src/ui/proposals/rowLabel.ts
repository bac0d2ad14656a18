// The label of a comparison row in the UI language.
import type { TFunction } from 'i18next';
import type { RowKey } from '../../floorplan/proposals/compare.ts';

export function rowLabel(t: TFunction, key: RowKey): string {
  const [kind, area] = key.split('.');
  if (area && (kind === 'fail' || kind === 'warn')) return t(`proposals.rows.${kind}`, { area: t(`proposals.areas.${area}`) });
  return t(`proposals.rows.${key}`);
}
