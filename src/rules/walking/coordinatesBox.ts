// The box round points held as coordinate arrays (the first `count` of each), for the uniform
// cell grids the engine files points in. Math.min/max: a NaN coordinate makes the box NaN, as
// each grid's own loop did.
export interface CoordinatesBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Infinity / -Infinity sides when count is 0. */
export function coordinatesBox(x: ArrayLike<number>, y: ArrayLike<number>, count: number): CoordinatesBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    minX = Math.min(minX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxX = Math.max(maxX, x[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  return { minX, minY, maxX, maxY };
}
