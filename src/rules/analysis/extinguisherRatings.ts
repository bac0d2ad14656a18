// Class A fire rating (灭火级别, e.g. 2A) of an extinguisher from what its `rating` says: a rating
// written out ('2A', '3A 55B') or a Chinese model designation (型号) mapped through GB 50140-2005
// Appendix A (灭火器类型、规格和灭火级别基本参数举例): MF/ABC 1–2 kg 1A, 3–4 kg 2A, 5–6 kg 3A, 8 kg 4A,
// 10 kg 6A; water (MS) 3–6 L 1A, 9 L 2A; foam (MP) 3–6 L 1A, 9 L 2A. Carbon dioxide (MT) and BC
// powder (MF without ABC) have no class A rating: 0. Anything else: null (unknown).
const ABC_POWDER: readonly [number, number][] = [[1, 1], [2, 1], [3, 2], [4, 2], [5, 3], [6, 3], [8, 4], [10, 6]];
const WATER_OR_FOAM: readonly [number, number][] = [[3, 1], [6, 1], [9, 2]];

/** The rating of the largest listed size not above `size`; null below the smallest. */
function bySize(table: readonly [number, number][], size: number): number | null {
  let rating: number | null = null;
  for (const [s, a] of table) if (s <= size + 1e-9) rating = a;
  return rating;
}

export interface ClassARating {
  /** class A rating (the number before A); null when unknown */
  a: number | null;
  /** where it came from */
  source: 'rating' | 'model' | 'none';
}

export function classARating(rating: string | undefined): ClassARating {
  const text = (rating ?? '').trim().toUpperCase();
  if (!text) return { a: null, source: 'none' };
  const written = /(?:^|[^0-9A-Z.])(\d+(?:\.\d+)?)\s*A(?![A-Z])/.exec(text);
  if (written) return { a: Number(written[1]), source: 'rating' };
  const model = text.replace(/\s+/g, '');
  const abc = /^MF[A-Z]*\/?ABC(\d+(?:\.\d+)?)/.exec(model);
  if (abc) return { a: bySize(ABC_POWDER, Number(abc[1])), source: 'model' };
  const wet = /^M[SP][A-Z]*\/?[A-Z]*(\d+(?:\.\d+)?)/.exec(model);
  if (wet) return { a: bySize(WATER_OR_FOAM, Number(wet[1])), source: 'model' };
  if (/^MT[A-Z]*\/?\d/.test(model) || /^MF[A-Z]*\/?(BC)?\d/.test(model)) return { a: 0, source: 'model' };
  return { a: null, source: 'none' };
}
