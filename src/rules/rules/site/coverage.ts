// site.coverage — 建筑密度 = Σ footprint area ÷ parcel area ≤ site.controls.maxCoverage.
import { controlRule } from './siteControl.ts';

export const siteCoverage = controlRule('site.coverage', 'maxCoverage', '<=', (f) => f.coverage, (f) => ({ footprint: f.footprintArea, parcel: f.parcelArea }));
