// site.green — 绿地率 = green area ÷ parcel area ≥ site.controls.minGreenRatio.
import { controlRule } from './siteControl.ts';

export const siteGreen = controlRule('site.green', 'minGreenRatio', '>=', (f) => f.greenRatio, (f) => ({ green: f.greenArea, parcel: f.parcelArea }));
