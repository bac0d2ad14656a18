// Wedges of view a blocked sight line reveals. When a line from the viewpoint p is blocked by an
// edge c–d (or an obstacle holding the chord c–d, or a bench of desks covering it), every point
// strictly inside the wedge p–c–d and strictly beyond the line c–d is hidden too: the segment from
// p to it properly crosses c–d, so it touches an obstacle, which the visibility test counts as blocked. A visibility search that tries many candidates from one point (a node settling, a
// query point) skips those without testing them. Exact: only points the test would also reject
// are skipped, with a margin far beyond rounding.
//
// Why: on a dense floor most candidates with small keys lie behind the desk block next to the
// point; one test of the block's near edge rules out all of them.

/** Cross products (m²) below this are too near a degenerate case to trust (coordinates are taken relative to the viewpoint). */
const MARGIN = 1e-7;
/** Wedges kept per viewpoint: the first blockers are the near ones, which hide the most. */
const MAX_WEDGES = 48;

export class Shadows {
  private px = 0;
  private py = 0;
  private count = 0;
  /** per wedge, relative to the viewpoint: its edge's ends, ordered counter-clockwise as seen from p */
  private readonly cx = new Float64Array(MAX_WEDGES);
  private readonly cy = new Float64Array(MAX_WEDGES);
  private readonly dx = new Float64Array(MAX_WEDGES);
  private readonly dy = new Float64Array(MAX_WEDGES);

  get viewX(): number {
    return this.px;
  }

  get viewY(): number {
    return this.py;
  }

  /** Start over from a new viewpoint. */
  reset(x: number, y: number): void {
    this.px = x;
    this.py = y;
    this.count = 0;
  }

  /**
   * Add the wedge behind the segment (x0, y0)–(x1, y1): an obstacle edge, or a chord of a convex
   * obstacle or of a bench's covered box (whose every point is inside or on an obstacle, so a line
   * through it is blocked).
   */
  add(x0: number, y0: number, x1: number, y1: number): void {
    if (this.count === MAX_WEDGES) return;
    let ax = x0 - this.px;
    let ay = y0 - this.py;
    let bx = x1 - this.px;
    let by = y1 - this.py;
    const turn = ax * by - ay * bx;
    if (Math.abs(turn) <= MARGIN) return; // seen edge-on: it hides nothing for sure
    if (turn < 0) {
      [ax, bx] = [bx, ax];
      [ay, by] = [by, ay];
    }
    const k = this.count++;
    this.cx[k] = ax;
    this.cy[k] = ay;
    this.dx[k] = bx;
    this.dy[k] = by;
  }

  /** Whether (x, y) lies strictly inside a wedge and strictly beyond its edge: hidden from the viewpoint. */
  hides(x: number, y: number): boolean {
    const sx = x - this.px;
    const sy = y - this.py;
    const { cx, cy, dx, dy } = this;
    for (let k = 0; k < this.count; k++) {
      const ax = cx[k]!;
      const ay = cy[k]!;
      const bx = dx[k]!;
      const by = dy[k]!;
      // counter-clockwise of c, clockwise of d, and on the far side of c–d from p (which is on its left)
      if (ax * sy - ay * sx <= MARGIN) continue;
      if (sx * by - sy * bx <= MARGIN) continue;
      if ((bx - ax) * (sy - ay) - (by - ay) * (sx - ax) >= -MARGIN) continue;
      return true;
    }
    return false;
  }
}
