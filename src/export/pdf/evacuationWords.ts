// The words of the evacuation plans (疏散示意图), in both languages. The emergency text follows
// what Chinese evacuation plans post beside the drawing: the fire number, no lifts, the stairs.
import type { Locale } from '../../floorplan/types.ts';
import type { LegendKey } from '../model/evacuationModel.ts';

export interface EvacuationWords {
  title: string;
  youAreHere: string;
  /** the page of a floor without a "you are here" mark */
  noMark: string;
  nearestExit: (metres: string) => string;
  noRouteFromMark: string;
  unreachable: (names: string) => string;
  date: string;
  legend: string;
  items: Record<LegendKey, string>;
  emergency: string;
  firePhone: string;
  /** the fire number, printed large */
  fireNumber: string;
  instructions: string[];
  exitBadge: string;
  stair: string;
  lift: string;
  north: string;
  revision: string;
  page: (n: number, total: number) => string;
}

const WORDS: Record<Locale, EvacuationWords> = {
  'zh-CN': {
    title: '疏散示意图',
    youAreHere: '您在此处',
    noMark: '本层尚未放置“您在此处”位置标记，本图未标出所在位置。请在编辑器中放置位置标记后重新导出。',
    nearestExit: (m) => `距最近安全出口步行约 ${m} m`,
    noRouteFromMark: '从此处无法步行到达安全出口，请核查方案。',
    unreachable: (names) => `以下区域无法步行到达安全出口：${names}`,
    date: '日期',
    legend: '图例',
    items: {
      youAreHere: '您在此处',
      markRoute: '您的疏散路线',
      route: '疏散路线',
      exit: '安全出口',
      stair: '疏散楼梯',
      lift: '电梯（火灾时禁用）',
      extinguisher: '灭火器',
      hydrant: '室内消火栓',
      exitSign: '安全出口标志',
      directionSign: '疏散指示标志',
      smokeExhaust: '排烟口',
    },
    emergency: '紧急情况',
    firePhone: '火警电话',
    fireNumber: '119',
    instructions: [
      '发生火灾时请勿乘坐电梯，请走楼梯疏散。',
      '保持镇静，沿绿色箭头方向就近撤离。',
      '烟雾中用湿毛巾捂住口鼻，弯腰低姿前行。',
      '撤离后到室外集合点集合，切勿返回。',
    ],
    exitBadge: '安全出口',
    stair: '楼梯',
    lift: '电梯',
    north: '北',
    revision: '版本',
    page: (n, total) => `第 ${n} / ${total} 页`,
  },
  en: {
    title: 'Evacuation plan',
    youAreHere: 'You are here',
    noMark: 'No "you are here" position has been placed on this floor, so this plan shows none. Place one in the editor and export again.',
    nearestExit: (m) => `About ${m} m walk to the nearest exit`,
    noRouteFromMark: 'No exit can be walked to from here: check the plan.',
    unreachable: (names) => `No exit can be walked to from: ${names}`,
    date: 'Date',
    legend: 'Legend',
    items: {
      youAreHere: 'You are here',
      markRoute: 'Your escape route',
      route: 'Escape route',
      exit: 'Emergency exit',
      stair: 'Escape stair',
      lift: 'Lift (not in a fire)',
      extinguisher: 'Fire extinguisher',
      hydrant: 'Fire hydrant',
      exitSign: 'Exit sign',
      directionSign: 'Direction sign',
      smokeExhaust: 'Smoke exhaust',
    },
    emergency: 'In an emergency',
    firePhone: 'Fire',
    fireNumber: '119',
    instructions: [
      'In case of fire, do not use lifts; use the stairs.',
      'Stay calm and follow the green arrows to the nearest exit.',
      'In smoke, cover your nose and mouth and keep low.',
      'Once out, go to the assembly point; do not go back in.',
    ],
    exitBadge: 'EXIT',
    stair: 'Stair',
    lift: 'Lift',
    north: 'N',
    revision: 'rev',
    page: (n, total) => `Page ${n} of ${total}`,
  },
};

export function evacuationWords(locale: Locale): EvacuationWords {
  return WORDS[locale];
}
