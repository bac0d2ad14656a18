// A colour per tenant in the reports, by its place in the plan's tenant list (the app's panel
// uses the same hues, src/ui/economics/tenantColors.ts).
import type { Rgb } from './reportWriter.ts';

const PALETTE: Rgb[] = [
  [47, 111, 176],
  [217, 130, 43],
  [58, 154, 91],
  [142, 91, 181],
  [192, 70, 74],
  [43, 154, 166],
  [168, 138, 31],
  [107, 122, 143],
];

export function tenantRgb(index: number): Rgb {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
}

export const VACANT_RGB: Rgb = [216, 219, 224];
