// Set the parcel's planning conditions (容积率, 建筑密度, 绿地率, height, setback). A field set to
// undefined is removed (no limit).
import type { SiteControls } from '../types.ts';
import { isFiniteNumber, isFraction, isPositive } from './checks.ts';
import { refuse, type Command } from './command.ts';

export interface SetSiteControlsArgs {
  controls: SiteControls;
}

const CHECKS: Record<keyof SiteControls, (v: number) => boolean> = {
  maxFar: isPositive,
  maxCoverage: (v) => isFraction(v) && v > 0,
  minGreenRatio: isFraction,
  maxHeight: isPositive,
  minSetback: (v) => isFiniteNumber(v) && v >= 0,
};

export const setSiteControls: Command<SetSiteControlsArgs> = {
  type: 'site/set-controls',
  labelKey: 'commands.setSiteControls',
  apply(draft, { controls }) {
    const bad = (Object.keys(controls) as (keyof SiteControls)[]).filter((key) => {
      const value = controls[key];
      return !(key in CHECKS) || (value !== undefined && !CHECKS[key](value));
    });
    if (bad.length) return refuse('commands.refused.badNumber', bad);
    const next: SiteControls = { ...draft.site.controls };
    for (const key of Object.keys(controls) as (keyof SiteControls)[]) {
      const value = controls[key];
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    draft.site.controls = next;
    return undefined;
  },
};
