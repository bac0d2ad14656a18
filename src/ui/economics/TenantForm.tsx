// Adding or editing one tenant: name, floors and zones leased, seats, lease dates, rent.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { floorsByLevel } from '../../floorplan/queries/lookup.ts';
import { SEATING_USES } from '../../floorplan/queries/zones.ts';
import type { PlanDocument, Tenant } from '../../floorplan/types.ts';

const optionalNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

export function TenantForm({ plan, tenant, onSave, onCancel }: { plan: PlanDocument; tenant: Tenant; onSave: (t: Tenant) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(tenant.name);
  const [floorIds, setFloorIds] = useState<string[]>(tenant.floorIds ?? []);
  const [zoneIds, setZoneIds] = useState<string[]>(tenant.zoneIds ?? []);
  const [seats, setSeats] = useState(tenant.seats === undefined ? '' : String(tenant.seats));
  const [leaseStart, setLeaseStart] = useState(tenant.leaseStart ?? '');
  const [leaseEnd, setLeaseEnd] = useState(tenant.leaseEnd ?? '');
  const [rent, setRent] = useState(tenant.rentPerSeatMonth === undefined ? '' : String(tenant.rentPerSeatMonth));
  const buildings = useMemo(
    () =>
      plan.site.buildings.map((b) => ({
        id: b.id,
        name: b.name,
        floors: floorsByLevel(b).map((f) => ({ id: f.id, name: f.name, zones: f.zones.filter((z) => SEATING_USES.includes(z.use)).map((z) => ({ id: z.id, name: z.name })) })),
      })),
    [plan],
  );
  const picked = (e: React.ChangeEvent<HTMLSelectElement>): string[] => [...e.target.selectedOptions].map((o) => o.value);
  return (
    <form
      className="economics-form"
      data-testid="tenant-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({
          id: tenant.id,
          name,
          floorIds,
          zoneIds,
          seats: optionalNumber(seats),
          leaseStart: leaseStart || undefined,
          leaseEnd: leaseEnd || undefined,
          rentPerSeatMonth: optionalNumber(rent),
        });
      }}
    >
      <label>
        {t('economics.tenantName')}
        <input value={name} required onChange={(e) => setName(e.target.value)} data-testid="tenant-name" />
      </label>
      <label>
        {t('economics.floors')}
        <select multiple size={4} value={floorIds} onChange={(e) => setFloorIds(picked(e))} data-testid="tenant-floors">
          {buildings.map((b) => (
            <optgroup key={b.id} label={b.name}>
              {b.floors.map((f) => (
                <option key={f.id} value={f.id}>
                  {`${b.name} ${f.name}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t('economics.zones')}
        <select multiple size={3} value={zoneIds} onChange={(e) => setZoneIds(picked(e))} data-testid="tenant-zones">
          {buildings.flatMap((b) =>
            b.floors
              .filter((f) => f.zones.length > 0)
              .map((f) => (
                <optgroup key={f.id} label={`${b.name} ${f.name}`}>
                  {f.zones.map((z) => (
                    <option key={z.id} value={z.id}>
                      {z.name}
                    </option>
                  ))}
                </optgroup>
              )),
          )}
        </select>
      </label>
      <label title={t('economics.seatsLeasedHint')}>
        {t('economics.seatsLeased')}
        <input type="number" min={0} step={1} value={seats} placeholder="—" onChange={(e) => setSeats(e.target.value)} data-testid="tenant-seats" />
      </label>
      <label>
        {t('economics.leaseStart')}
        <input type="date" value={leaseStart} onChange={(e) => setLeaseStart(e.target.value)} data-testid="tenant-start" />
      </label>
      <label>
        {t('economics.leaseEnd')}
        <input type="date" value={leaseEnd} onChange={(e) => setLeaseEnd(e.target.value)} data-testid="tenant-end" />
      </label>
      <label>
        {t('economics.rentPerSeatMonth')}
        <input type="number" min={0} step="any" value={rent} placeholder="—" onChange={(e) => setRent(e.target.value)} data-testid="tenant-rent" />
      </label>
      <div className="economics-buttons">
        <button type="submit" data-testid="tenant-save">
          {onCancel ? t('economics.save') : t('economics.addTenant')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('economics.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
