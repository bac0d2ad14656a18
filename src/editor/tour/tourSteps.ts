// The stops of the guided camera tour: the park, then each building followed by its floors
// (bottom to top). Each stop is a view level the scene already knows how to frame.
import type { PlanDocument } from '../../floorplan/types.ts';

export type TourStop = { level: 'park' } | { level: 'building'; buildingId: string } | { level: 'floor'; buildingId: string; floorId: string };

export function tourStops(plan: PlanDocument, options: { floors?: boolean } = {}): TourStop[] {
  const stops: TourStop[] = [{ level: 'park' }];
  for (const building of plan.site.buildings) {
    stops.push({ level: 'building', buildingId: building.id });
    if (options.floors === false) continue;
    const floors = [...building.floors].sort((a, b) => a.level - b.level);
    for (const floor of floors) stops.push({ level: 'floor', buildingId: building.id, floorId: floor.id });
  }
  return stops;
}

/** The scene's view name of a stop (document.body.dataset.view starts with it). */
export function stopView(stop: TourStop): string {
  if (stop.level === 'park') return 'park';
  return stop.level === 'building' ? `building:${stop.buildingId}` : `floor:${stop.floorId}`;
}
