// Decluttering of the scene's text labels, run every rendered frame: given each label's screen
// anchor, its sizes and a priority, choose for each whether it shows, with or without its detail
// line, and at what scale, so that no two shown labels overlap and each stays inside its zone.
// Greedy by priority (larger zones and exits first); placed boxes live in a uniform grid so a frame
// with hundreds of labels costs about n log n, not n².

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface LayoutLabel {
  /** the screen point the label belongs to (px) */
  x: number;
  y: number;
  /** unscaled size with its detail line, and with the title only (the same when there is no detail) */
  full: Size;
  compact: Size;
  /** higher places first and so wins a collision */
  priority: number;
  /** the label must lie inside this rect (its zone's extent on screen); null: anywhere in the viewport */
  within: Rect | null;
  /** the smallest scale it may shrink to (1: never shrinks) */
  minScale: number;
  /**
   * Sit beside the anchor instead of centred on it, on the first of these sides (unit screen
   * vectors) where it fits: an exit's badge goes next to the door, outside the plan if it can.
   */
  sides?: readonly { dx: number; dy: number }[] | undefined;
  /** shown whatever its zone's extent (the hovered label); it still never overlaps an earlier forced one */
  forced?: boolean | undefined;
}

export interface LabelPlacement {
  shown: boolean;
  /** the detail line is shown */
  detail: boolean;
  scale: number;
  /** where it lies on screen (px) when shown */
  rect: Rect | null;
}

export interface LayoutOptions {
  /** the canvas: a label must lie inside it */
  viewport: Rect;
  /** free pixels kept between two labels */
  gap?: number;
  /** how much the scale drops per try while shrinking */
  scaleStep?: number;
  /** distance between an anchor and a label placed beside it (px) */
  sideGap?: number;
}

const HIDDEN: LabelPlacement = Object.freeze({ shown: false, detail: false, scale: 0, rect: null });
const CELL = 64;
/** allowance for rounding when testing containment (px) */
const SLACK = 0.5;

/** Placed boxes bucketed by grid cell, for overlap queries that look only at nearby boxes. */
class RectGrid {
  private readonly cells = new Map<number, Rect[]>();

  private static key(cx: number, cy: number): number {
    // cells of a 4096-cell-wide band: enough for any canvas, and a number key avoids string churn
    return (cy + 2048) * 4096 + (cx + 2048);
  }

  private forCells(r: Rect, visit: (key: number) => boolean | void): boolean {
    const x0 = Math.floor(r.left / CELL);
    const x1 = Math.floor(r.right / CELL);
    const y0 = Math.floor(r.top / CELL);
    const y1 = Math.floor(r.bottom / CELL);
    for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) if (visit(RectGrid.key(cx, cy)) === true) return true;
    return false;
  }

  overlaps(r: Rect, gap: number): boolean {
    const probe = { left: r.left - gap, top: r.top - gap, right: r.right + gap, bottom: r.bottom + gap };
    return this.forCells(probe, (key) => {
      const list = this.cells.get(key);
      if (!list) return false;
      for (const q of list) if (probe.left < q.right && q.left < probe.right && probe.top < q.bottom && q.top < probe.bottom) return true;
      return false;
    });
  }

  add(r: Rect): void {
    this.forCells(r, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(r);
      else this.cells.set(key, [r]);
    });
  }
}

function inside(r: Rect, box: Rect): boolean {
  return r.left >= box.left - SLACK && r.right <= box.right + SLACK && r.top >= box.top - SLACK && r.bottom <= box.bottom + SLACK;
}

function rectAt(label: LayoutLabel, size: Size, scale: number, side: { dx: number; dy: number } | null, sideGap: number): Rect {
  const w = size.width * scale;
  const h = size.height * scale;
  let cx = label.x;
  let cy = label.y;
  if (side) {
    // the centre moves out along the side until the box's edge is sideGap from the anchor
    const reach = (Math.abs(side.dx) * w) / 2 + (Math.abs(side.dy) * h) / 2 + sideGap;
    cx += side.dx * reach;
    cy += side.dy * reach;
  }
  return { left: cx - w / 2, top: cy - h / 2, right: cx + w / 2, bottom: cy + h / 2 };
}

const CENTRED: readonly null[] = [null];

/** The variants a label may take, best first: full size with detail, then the title alone shrinking. */
function* variants(label: LayoutLabel, step: number): Generator<{ size: Size; detail: boolean; scale: number }> {
  const hasDetail = label.full.width !== label.compact.width || label.full.height !== label.compact.height;
  if (hasDetail) yield { size: label.full, detail: true, scale: 1 };
  const min = Math.min(1, Math.max(label.minScale, 0.01));
  for (let scale = 1; scale > min + 1e-9; scale -= step) yield { size: label.compact, detail: false, scale };
  yield { size: label.compact, detail: false, scale: min };
}

export function layoutLabels(labels: readonly LayoutLabel[], options: LayoutOptions): LabelPlacement[] {
  const gap = options.gap ?? 2;
  const step = options.scaleStep ?? 0.125;
  const sideGap = options.sideGap ?? 3;
  const out: LabelPlacement[] = labels.map(() => HIDDEN);
  const order = labels.map((_, i) => i);
  order.sort((a, b) => {
    const la = labels[a]!;
    const lb = labels[b]!;
    if (!!la.forced !== !!lb.forced) return la.forced ? -1 : 1;
    return lb.priority - la.priority || a - b;
  });
  const grid = new RectGrid();
  for (const i of order) {
    const label = labels[i]!;
    if (!Number.isFinite(label.x) || !Number.isFinite(label.y) || label.compact.width <= 0 || label.compact.height <= 0) continue;
    const sides = label.sides?.length ? label.sides : CENTRED;
    search: for (const v of variants(label, step)) {
      for (const side of sides) {
        const rect = rectAt(label, v.size, v.scale, side, sideGap);
        if (!label.forced && label.within && !inside(rect, label.within)) continue;
        if (!inside(rect, options.viewport)) continue;
        if (grid.overlaps(rect, gap)) continue;
        grid.add(rect);
        out[i] = { shown: true, detail: v.detail, scale: v.scale, rect };
        break search;
      }
    }
  }
  return out;
}
