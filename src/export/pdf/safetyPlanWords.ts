// The words of the fire-safety symbols on the report's plans (the symbol key and stair labels), in both languages.
import type { Locale, StairEnclosure } from '../../floorplan/types.ts';

export interface SafetyPlanWords {
  firePartition: string;
  exitSign: string;
  directionSign: string;
  emergencyLuminaire: string;
  detector: string;
  detectorCoverage: (small: string, large: string, area: string) => string;
  smokeExhaust: string;
  hydrant: string;
  evacuationMark: string;
  stair: Record<StairEnclosure, string>;
  flight: (m: string) => string;
}

const WORDS: Record<Locale, SafetyPlanWords> = {
  'zh-CN': {
    firePartition: '防火隔墙',
    exitSign: '安全出口标志',
    directionSign: '疏散指示标志',
    emergencyLuminaire: '应急照明灯',
    detector: '感烟探测器',
    detectorCoverage: (small, large, area) => `探测器保护半径（≤${area} m² 房间 ${small} m，其余 ${large} m，GB 50116 表 6.2.2）`,
    smokeExhaust: '排烟口',
    hydrant: '室内消火栓',
    evacuationMark: '您所在位置',
    stair: { open: '敞开楼梯间', enclosed: '封闭楼梯间', 'smoke-proof': '防烟楼梯间' },
    flight: (m) => `梯段 ${m} m`,
  },
  en: {
    firePartition: 'Fire partition',
    exitSign: 'Safety exit sign',
    directionSign: 'Evacuation sign',
    emergencyLuminaire: 'Emergency luminaire',
    detector: 'Smoke detector',
    detectorCoverage: (small, large, area) => `Detector coverage (${small} m in rooms ≤ ${area} m², else ${large} m; GB 50116 Table 6.2.2)`,
    smokeExhaust: 'Smoke exhaust inlet',
    hydrant: 'Indoor hydrant',
    evacuationMark: 'You are here',
    stair: { open: 'Open stair', enclosed: 'Enclosed stair', 'smoke-proof': 'Smoke-proof stair' },
    flight: (m) => `flight ${m} m`,
  },
};

export function safetyPlanWords(locale: Locale): SafetyPlanWords {
  return WORDS[locale];
}
