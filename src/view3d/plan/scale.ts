// Numbers of the plan's scale bar and dimension labels (pure).

/** The scale bar is this many screen pixels long at least; a 1-2-5 step keeps it under 2.5× that. */
export const SCALE_BAR_MIN_PX = 60;

/**
 * The round length (1, 2 or 5 × 10ⁿ metres) the scale bar shows at `pxPerMetre` (the plan
 * camera's zoom), and its length on screen: the shortest such length at least 60 px long,
 * so it is always 60–150 px.
 */
export function scaleBarLength(pxPerMetre: number, minPx = SCALE_BAR_MIN_PX): { metres: number; px: number } {
  if (!(pxPerMetre > 0) || !Number.isFinite(pxPerMetre)) return { metres: 0, px: 0 };
  const raw = minPx / pxPerMetre;
  const exponent = Math.floor(Math.log10(raw));
  for (let e = exponent; e <= exponent + 1; e++) {
    for (const m of [1, 2, 5]) {
      const metres = Number((m * 10 ** e).toPrecision(12));
      if (metres * pxPerMetre >= minPx - 1e-9) return { metres, px: metres * pxPerMetre };
    }
  }
  const metres = Number((10 ** (exponent + 2)).toPrecision(12));
  return { metres, px: metres * pxPerMetre };
}

/** A round scale length as written on the bar: "0.5 m", "2 m", "20 m", "1 km". */
export function formatScaleLength(metres: number): string {
  if (metres >= 1000) return `${Number((metres / 1000).toPrecision(6))} km`;
  return `${Number(metres.toPrecision(6))} m`;
}

/** A measured length as a dimension reads: metres with two decimals ("12.40 m"). */
export function formatDimension(metres: number): string {
  return `${metres.toFixed(2)} m`;
}
