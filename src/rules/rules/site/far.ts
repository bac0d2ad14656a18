// site.far — 容积率 = Σ gross floor area ÷ parcel area ≤ site.controls.maxFar.
import { controlRule } from './siteControl.ts';

export const siteFar = controlRule('site.far', 'maxFar', '<=', (f) => f.far, (f) => ({ gfa: f.grossFloorArea, parcel: f.parcelArea }));
