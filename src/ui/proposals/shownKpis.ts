// The KPIs of what the presentation shows: the park, one building or one floor, from one rules run.
import { bindingLimit } from '../../floorplan/proposals/compare.ts';
import { countStatuses, type RunResult } from '../../rules/results.ts';

export interface ShownKpis {
  seats: number;
  capacity: number | null;
  binding: string | null;
  grossArea: number;
  areaPerSeat: number | null;
  fails: number;
  warns: number;
}

export function shownKpis(run: Pick<RunResult, 'capacity' | 'findings'>, level: 'park' | 'building' | 'floor', buildingId: string | null, floorId: string | null): ShownKpis | null {
  type Figures = { seats: number; capacity: number | null; binding: string | null; grossArea: number; buildings?: { floors: { binding: string | null }[] }[] };
  let figures: Figures | undefined = run.capacity;
  let inScope = (_: { buildingId?: string; floorId?: string }): boolean => true;
  if (level !== 'park') {
    const building = run.capacity.buildings.find((b) => b.id === buildingId);
    if (!building) return null;
    if (level === 'floor') {
      figures = building.floors.find((f) => f.id === floorId);
      inScope = (w) => w.floorId === floorId;
    } else {
      figures = { ...building, buildings: [building] };
      const floorIds = new Set(building.floors.map((f) => f.id));
      inScope = (w) => w.buildingId === buildingId || (w.floorId !== undefined && floorIds.has(w.floorId));
    }
  }
  if (!figures) return null;
  const { fail: fails, warn: warns } = countStatuses(run.findings.filter((f) => inScope(f.where)));
  const { seats, capacity, grossArea } = figures;
  const binding = bindingLimit(figures);
  return { seats, capacity, binding, grossArea, areaPerSeat: seats > 0 ? grossArea / seats : null, fails, warns };
}
