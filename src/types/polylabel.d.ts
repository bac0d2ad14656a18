// polylabel 2.x ships plain ESM without types.
declare module 'polylabel' {
  /**
   * The pole of inaccessibility of a polygon given as rings (outer first, then holes): the inside
   * point farthest from every edge, found to within `precision` (in the polygon's units).
   * `distance` is that point's distance to the nearest edge.
   */
  export default function polylabel(polygon: readonly (readonly (readonly number[])[])[], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
