// Occupied and vacant seats per floor: per building, one bar a floor (top floor first), split by
// tenant, grey where vacant, the counts beside it.
import { useTranslation } from 'react-i18next';
import type { Occupancy } from '../../floorplan/economics/occupancy.ts';
import { tenantColor, VACANT_COLOR } from './tenantColors.ts';

export function OccupancyStack({ occupancy, tenantNames }: { occupancy: Occupancy; tenantNames: Map<string, string> }) {
  const { t } = useTranslation();
  const index = new Map([...tenantNames.keys()].map((id, i) => [id, i]));
  const widest = Math.max(1, ...occupancy.buildings.flatMap((b) => b.floors.map((f) => f.seats)));
  return (
    <div className="economics-stack" title={t('economics.stackHint')}>
      {occupancy.buildings.map((b) => (
        <div key={b.buildingId} className="economics-stack-building" data-testid={`occupancy-building-${b.buildingId}`}>
          <div className="economics-stack-title">
            <span>{b.name}</span>
            <span>{t('economics.occupiedOf', { occupied: b.occupied, seats: b.seats })}</span>
          </div>
          {[...b.floors].reverse().map((f) => (
            <div key={f.floorId} className="economics-stack-floor" data-testid={`occupancy-floor-${f.floorId}`} data-occupied={f.occupied} data-vacant={f.vacant}>
              <span className="economics-stack-name">{f.name}</span>
              <span className="economics-stack-bar" style={{ width: `${(f.seats / widest) * 100}%` }}>
                {f.byTenant.map((s) => (
                  <span key={s.tenantId} title={`${tenantNames.get(s.tenantId) ?? s.tenantId}: ${s.seats}`} style={{ flexGrow: s.seats, background: tenantColor(index.get(s.tenantId) ?? 0) }} />
                ))}
                {f.vacant > 0 && <span title={`${t('economics.vacant')}: ${f.vacant}`} style={{ flexGrow: f.vacant, background: VACANT_COLOR }} />}
              </span>
              <span className="economics-stack-count">
                {f.occupied}/{f.seats}
              </span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
