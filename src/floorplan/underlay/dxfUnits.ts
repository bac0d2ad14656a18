// DXF drawing units ($INSUNITS in the header) in metres. Chinese CAD exports (AutoCAD, 天正) are
// nearly always in millimetres, so a unitless drawing of building size is taken as millimetres.

const METRES_PER_INSUNIT: Readonly<Record<number, number>> = {
  1: 0.0254, // inches
  2: 0.3048, // feet
  4: 0.001, // millimetres
  5: 0.01, // centimetres
  6: 1, // metres
  7: 1000, // kilometres
  14: 0.1, // decimetres
};

/** Metres per drawing unit named by $INSUNITS, or null when the drawing says nothing usable. */
export function metresPerInsUnit(insunits: unknown): number | null {
  return typeof insunits === 'number' ? (METRES_PER_INSUNIT[insunits] ?? null) : null;
}

/** A drawing wider than this many units, with no unit named, is taken to be in millimetres. */
export const MILLIMETRE_GUESS_SPAN = 1000;

/** The unit to assume: the named one, else millimetres for a large drawing, else metres. */
export function assumedMetresPerUnit(named: number | null, span: number): number {
  if (named !== null) return named;
  return span > MILLIMETRE_GUESS_SPAN ? 0.001 : 1;
}
