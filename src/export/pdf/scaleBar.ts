// The scale bar under a plan: a round length (1, 2 or 5 × a power of ten metres) as long as fits.

/** The longest round length in metres whose bar is at most `maxMm` long at `mmPerMetre`. */
export function scaleBarLength(mmPerMetre: number, maxMm: number): number {
  if (!(mmPerMetre > 0) || !(maxMm > 0)) return 1;
  const metres = maxMm / mmPerMetre;
  let power = 10 ** Math.floor(Math.log10(metres));
  // guard against log10 landing a hair under an exact power of ten
  if (power * 10 <= metres) power *= 10;
  for (const step of [5, 2, 1]) if (step * power <= metres + 1e-9) return step * power;
  return power;
}

/** How many alternating black and white parts the bar is split into: 5 for 1s and 5s, 4 for 2s. */
export function scaleBarParts(length: number): number {
  const leading = Math.round(length / 10 ** Math.floor(Math.log10(length) + 1e-9));
  return leading === 2 ? 4 : 5;
}
