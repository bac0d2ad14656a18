// "园区 星河呼叫中心产业园" / "Building A栋": the scope as the cover and the header print it.
import type { Locale } from '../../floorplan/types.ts';
import type { ReportScope } from '../model/scope.ts';
import { reportText } from '../reportText.ts';

export function scopeLabel(scope: ReportScope, name: string, locale: Locale): string {
  const t = reportText(locale);
  const kind = scope.kind === 'park' ? t.scopePark : scope.kind === 'building' ? t.scopeBuilding : t.scopeFloor;
  return `${kind} ${name}`;
}
