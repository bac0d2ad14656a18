// Where a freshly loaded drawing goes: at its real size where the unit is known (a DXF), or
// stretched to the floor's width (an image has no unit); its lower-left corner on the floor's.
import type { Bounds } from '../geometry/polygon.ts';
import { originPutting, type UnderlayPlacement } from './transform.ts';

export function initialPlacement(drawing: Bounds, floor: Bounds, metresPerUnit: number | null): UnderlayPlacement {
  const width = drawing.maxX - drawing.minX;
  const floorWidth = floor.maxX - floor.minX;
  const scale = metresPerUnit ?? (width > 0 && floorWidth > 0 ? floorWidth / width : 1);
  return { scale, rotation: 0, origin: originPutting({ scale, rotation: 0 }, [drawing.minX, drawing.minY], [floor.minX, floor.minY]) };
}
