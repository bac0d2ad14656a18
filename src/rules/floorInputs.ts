// The floor and the analyses the others build on (zones of points, persons, rooms, compartments,
// the walking graph, sampling grids): what the egress, reach and sprinkler analyses take as their
// explicit inputs, each naming the part it reads (Pick<FloorInputs, …>). A FloorContext
// (context.ts) provides all of it; these types sit below it so that the analyses whose results the
// context holds never import the context.
import type { Building, Floor } from '../floorplan/types.ts';
import type { Compartment } from './analysis/compartments.ts';
import type { FloorGrid } from './walking/grid.ts';
import type { FloorNavigation } from './walking/navigation.ts';
import type { FloorOccupancy } from './analysis/occupants.ts';
import type { ZoneEnclosure } from './analysis/rooms.ts';
import type { ZoneIndex } from './analysis/zoneIndex.ts';
import type { BuildingFacts } from './buildingFacts.ts';
import type { ProfileReader } from './profiles/reader.ts';

export interface FloorInputs {
  readonly facts: BuildingFacts;
  readonly floor: Floor;
  readonly read: ProfileReader;
  readonly building: Building;
  readonly buildingId: string;
  readonly floorId: string;
  /** the floor's gross area (m²) */
  readonly grossArea: number;
  readonly zoneIndex: ZoneIndex;
  readonly occupancy: FloorOccupancy;
  /** by zone id */
  readonly enclosures: Map<string, ZoneEnclosure>;
  readonly compartments: Compartment[];
  readonly navigation: FloorNavigation;
  /** free points of the floor on a square grid of `step` m, each with its zone (shared by rules sampling at the same step) */
  grid(step: number): FloorGrid;
}
