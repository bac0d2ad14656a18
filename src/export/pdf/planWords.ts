// The words on the plan drawings of the reports (labels, symbol key, north arrow) in both languages.
import type { Locale } from '../../floorplan/types.ts';

export interface PlanWords {
  north: string;
  seats: (n: string) => string;
  solidWall: string;
  glassWall: string;
  fireWall: string;
  door: string;
  window: string;
  core: string;
  exit: string;
}

const WORDS: Record<Locale, PlanWords> = {
  'zh-CN': {
    north: '北',
    seats: (n) => `${n} 座`,
    solidWall: '实体墙',
    glassWall: '玻璃隔断',
    fireWall: '防火墙',
    door: '门',
    window: '窗',
    core: '核心筒',
    exit: '安全出口',
  },
  en: {
    north: 'N',
    seats: (n) => (n === '1' ? '1 seat' : `${n} seats`),
    solidWall: 'Wall',
    glassWall: 'Glass partition',
    fireWall: 'Fire wall',
    door: 'Door',
    window: 'Window',
    core: 'Core',
    exit: 'Exit',
  },
};

export function planWords(locale: Locale): PlanWords {
  return WORDS[locale];
}
