// Where the presentation's KPI card goes so that it never covers what it describes: beside the
// building's projected box where a corner is free, otherwise in a column of its own with the
// view moved and shrunk into the rest of the canvas. Pure: pixels in, pixels out.

export interface ScreenBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Size {
  width: number;
  height: number;
}

/** A change of the picture on screen: a point s goes to scale·(s − from) + to (px). */
export interface ViewShift {
  scale: number;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export interface CardLayout {
  /** the card's top-left corner on the canvas (px) */
  card: { x: number; y: number };
  /** the card's side: where it sits, so transitions keep it there */
  side: 'left' | 'right';
  /** null: the picture stays as the camera framed it */
  view: ViewShift | null;
}

export interface CardLayoutInput {
  canvas: Size;
  card: Size;
  /** the building's box projected onto the canvas as the camera frames it (px, may reach past the edges) */
  building: ScreenBox;
  /** px at the bottom taken by the tour's controls: neither card nor building goes there */
  bottomReserved?: number;
  /** px between the card and the canvas edge */
  margin?: number;
  /** px of clear space kept between the card and the building */
  gap?: number;
}

export function boxesOverlap(a: ScreenBox, b: ScreenBox): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

export function cardBox(at: { x: number; y: number }, size: Size): ScreenBox {
  return { minX: at.x, minY: at.y, maxX: at.x + size.width, maxY: at.y + size.height };
}

/** Applies a view shift to a box (identity for null). */
export function shiftBox(box: ScreenBox, view: ViewShift | null): ScreenBox {
  if (!view) return box;
  const f = (v: number, from: number, to: number) => view.scale * (v - from) + to;
  return { minX: f(box.minX, view.from.x, view.to.x), minY: f(box.minY, view.from.y, view.to.y), maxX: f(box.maxX, view.from.x, view.to.x), maxY: f(box.maxY, view.from.y, view.to.y) };
}

export function layoutCard(input: CardLayoutInput): CardLayout {
  const { canvas, card, building } = input;
  const margin = input.margin ?? 16;
  const gap = input.gap ?? 12;
  const bottom = input.bottomReserved ?? 0;
  const left = { x: margin, y: margin };
  const right = { x: Math.max(margin, canvas.width - margin - card.width), y: margin };
  const lowLeft = { x: margin, y: Math.max(margin, canvas.height - bottom - margin - card.height) };
  const clear = (at: { x: number; y: number }): boolean => {
    const b = cardBox(at, card);
    return !boxesOverlap({ minX: b.minX - gap, minY: b.minY - gap, maxX: b.maxX + gap, maxY: b.maxY + gap }, building);
  };
  // a free corner: the picture stays as framed (top corners first, the card reads best there)
  const corners: [{ x: number; y: number }, 'left' | 'right'][] = [
    [left, 'left'],
    [right, 'right'],
    [lowLeft, 'left'],
  ];
  for (const [at, side] of corners) if (clear(at)) return { card: at, side, view: null };

  // no free corner: the card takes a column on the side the building leaves roomier, and the
  // picture is moved (and shrunk where needed) into the rest, above the controls
  const centre = (building.minX + building.maxX) / 2;
  const side: 'left' | 'right' = centre >= canvas.width / 2 ? 'left' : 'right';
  const column = margin + card.width + gap;
  const region: ScreenBox = {
    minX: side === 'left' ? column : margin,
    maxX: side === 'left' ? canvas.width - margin : canvas.width - column,
    minY: margin,
    maxY: canvas.height - Math.max(bottom, margin),
  };
  const bw = Math.max(building.maxX - building.minX, 1);
  const bh = Math.max(building.maxY - building.minY, 1);
  const rw = Math.max(region.maxX - region.minX, 1);
  const rh = Math.max(region.maxY - region.minY, 1);
  const scale = Math.min(1, rw / bw, rh / bh);
  return {
    card: side === 'left' ? left : right,
    side,
    view: {
      scale,
      from: { x: (building.minX + building.maxX) / 2, y: (building.minY + building.maxY) / 2 },
      to: { x: (region.minX + region.maxX) / 2, y: (region.minY + region.maxY) / 2 },
    },
  };
}

/**
 * The arguments of three.js's camera.setViewOffset(fullWidth, fullHeight, x, y, width, height)
 * that move the picture by `view` on a canvas of `canvas` px: the camera's full view is drawn
 * `scale` times as large, and the canvas shows the window of it that puts `from` at `to`.
 */
export function viewOffset(canvas: Size, view: ViewShift): [number, number, number, number, number, number] {
  const k = view.scale;
  return [canvas.width * k, canvas.height * k, k * view.from.x - view.to.x, k * view.from.y - view.to.y, canvas.width, canvas.height];
}

/** A card placed by the scene (view3d/presentationCamera.ts). */
export interface PlacedCard extends CardLayout {
  /** the rendered view the layout is for */
  view3d: string;
  /** the buildings' box on the canvas after the layout (px) */
  building: ScreenBox;
}

export interface CardPlacer {
  dispose(): void;
}
