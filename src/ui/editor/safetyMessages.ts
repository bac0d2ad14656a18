// Strings of the fire-safety plan data (format version 3): the tools that place smoke exhaust
// inlets, exit signs, hydrants and "you are here" marks, their options and hints, the inspector's
// new fields (fire partitions, stair enclosure and flight width, beds, sex ratio, toilet fixtures,
// emergency luminaires, sprinkler hazard class, storeys), the legend entries and the refusals.
// Merged into the app's bundle here so the shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

const en = {
  editor: {
    tools: {
      smokeExhaust: 'Smoke exhaust inlet', exitSign: 'Exit / evacuation sign', hydrant: 'Indoor hydrant', evacuationMark: '“You are here” mark',
      safetyGroup: 'Fire-safety devices',
    },
    toolHints: {
      smokeExhaust: 'Click inside the floor to place a mechanical smoke exhaust inlet (排烟口) at the pointer.',
      exitSign: 'Click inside the floor to place a sign: a safety-exit sign, or an evacuation direction sign whose arrow points the way set by the rotation (0° = east, counter-clockwise).',
      hydrant: 'Click inside the floor to place an indoor hydrant cabinet at the pointer.',
      evacuationMark: 'Click where the floor’s evacuation plan will hang: a “you are here” mark, with the label set here.',
    },
    options: { signKind: 'Sign', arrow: 'Arrow (°)', markLabel: 'Label' },
    enums: {
      signKind: { exit: 'Safety exit (安全出口)', direction: 'Evacuation direction (疏散指示)' },
      stairEnclosure: { open: 'Open stair', enclosed: 'Enclosed stair', 'smoke-proof': 'Smoke-proof stair' },
      sprinklerHazard: { light: 'Light hazard', 'ordinary-1': 'Ordinary hazard I', 'ordinary-2': 'Ordinary hazard II', 'severe-1': 'Extra hazard I', 'severe-2': 'Extra hazard II' },
      notStated: 'Not stated',
    },
    fields: {
      fireResistance: 'Fire resistance (h)', flightWidth: 'Stair flight width (m)', enclosure: 'Stair type', beds: 'Beds',
      femaleShare: 'Women (%)', femaleWc: 'WCs, women', maleWc: 'WCs, men', urinals: 'Urinals', basins: 'Wash basins',
      emergency: 'Emergency lighting', emergencyFlux: 'Emergency flux (lm)', signKind: 'Sign', arrow: 'Arrow (°)', markLabel: 'Label',
      fixtures: 'Sanitary fixtures',
    },
    collections: {
      smokeExhausts: 'Smoke exhaust inlet', exitSigns: 'Sign', hydrants: 'Indoor hydrant', evacuationMarks: '“You are here” mark',
    },
    site: {
      sprinklerHazard: 'Sprinkler hazard class', storeys: 'Storeys above ground', storeysHint: 'floors drawn',
      hazardDefault: 'Not stated (ordinary I)',
    },
    safetyFieldErrors: {
      fixturesWhole: 'Fixture counts are whole numbers ≥ 0',
    },
  },
  wall: { 'fire-partition': 'Fire partition' },
  legend: {
    fireDevices: 'Fire safety',
    exitSign: 'Exit sign', directionSign: 'Evacuation sign', smokeExhaust: 'Smoke exhaust', hydrant: 'Hydrant',
    evacuationMark: 'You are here', emergencyLuminaire: 'Emergency light', detector: 'Smoke detector', sprinkler: 'Sprinkler',
  },
  safetyPlan: {
    enclosure: { open: 'open', enclosed: 'enclosed', 'smoke-proof': 'smoke-proof' },
    flight: '{{value}} m',
  },
  commands: {
    refused: {
      offFloor: {
        smokeExhausts: 'A smoke exhaust inlet must stay on the floor', exitSigns: 'A sign must stay on the floor',
        hydrants: 'A hydrant must stay on the floor', evacuationMarks: 'A “you are here” mark must stay on the floor',
      },
      badFireResistance: 'Fire resistance is a number of hours above 0',
      badFlightWidth: 'A flight width is a number of metres above 0',
      badEnclosure: 'Unknown stair type',
      badBeds: 'Beds are a whole number ≥ 0',
      badShare: 'The share of women is between 0 and 100 %',
      badFixtures: 'Fixture counts are whole numbers ≥ 0',
      badFlux: 'A luminous flux is a number ≥ 0',
      badHazard: 'Unknown sprinkler hazard class',
      badStoreys: 'Storeys are a whole number of at least 1',
    },
  },
};

const zhCN: typeof en = {
  editor: {
    tools: {
      smokeExhaust: '排烟口', exitSign: '安全出口 / 疏散指示标志', hydrant: '室内消火栓', evacuationMark: '您所在位置标记',
      safetyGroup: '消防设施',
    },
    toolHints: {
      smokeExhaust: '在楼层内单击，在指针处放置机械排烟口。',
      exitSign: '在楼层内单击放置标志：安全出口标志，或疏散指示标志（箭头方向取旋转角，0° 朝东，逆时针为正）。',
      hydrant: '在楼层内单击，在指针处放置室内消火栓箱。',
      evacuationMark: '在张贴疏散示意图的位置单击：放置“您所在位置”标记，名称取自此处设置。',
    },
    options: { signKind: '标志', arrow: '箭头方向 (°)', markLabel: '名称' },
    enums: {
      signKind: { exit: '安全出口标志', direction: '疏散指示标志' },
      stairEnclosure: { open: '敞开楼梯间', enclosed: '封闭楼梯间', 'smoke-proof': '防烟楼梯间' },
      sprinklerHazard: { light: '轻危险级', 'ordinary-1': '中危险级Ⅰ级', 'ordinary-2': '中危险级Ⅱ级', 'severe-1': '严重危险级Ⅰ级', 'severe-2': '严重危险级Ⅱ级' },
      notStated: '未注明',
    },
    fields: {
      fireResistance: '耐火极限 (h)', flightWidth: '梯段净宽 (m)', enclosure: '楼梯间类型', beds: '床位数',
      femaleShare: '女性比例 (%)', femaleWc: '女厕位', maleWc: '男厕位', urinals: '小便器', basins: '洗手盆',
      emergency: '应急照明', emergencyFlux: '应急光通量 (lm)', signKind: '标志', arrow: '箭头方向 (°)', markLabel: '名称',
      fixtures: '卫生器具',
    },
    collections: {
      smokeExhausts: '排烟口', exitSigns: '标志', hydrants: '室内消火栓', evacuationMarks: '您所在位置',
    },
    site: {
      sprinklerHazard: '喷淋危险等级', storeys: '地上层数', storeysHint: '按已绘楼层',
      hazardDefault: '未注明（中危险级Ⅰ级）',
    },
    safetyFieldErrors: {
      fixturesWhole: '器具数量须为不小于 0 的整数',
    },
  },
  wall: { 'fire-partition': '防火隔墙' },
  legend: {
    fireDevices: '消防设施',
    exitSign: '安全出口标志', directionSign: '疏散指示标志', smokeExhaust: '排烟口', hydrant: '室内消火栓',
    evacuationMark: '您所在位置', emergencyLuminaire: '应急照明灯', detector: '烟感', sprinkler: '喷头',
  },
  safetyPlan: {
    enclosure: { open: '敞开', enclosed: '封闭', 'smoke-proof': '防烟' },
    flight: '梯段 {{value}} m',
  },
  commands: {
    refused: {
      offFloor: {
        smokeExhausts: '排烟口必须留在楼层内', exitSigns: '标志必须留在楼层内',
        hydrants: '消火栓必须留在楼层内', evacuationMarks: '“您所在位置”标记必须留在楼层内',
      },
      badFireResistance: '耐火极限须为大于 0 的小时数',
      badFlightWidth: '梯段净宽须为大于 0 的米数',
      badEnclosure: '未知的楼梯间类型',
      badBeds: '床位数须为不小于 0 的整数',
      badShare: '女性比例须在 0 到 100 % 之间',
      badFixtures: '器具数量须为不小于 0 的整数',
      badFlux: '光通量须为不小于 0 的数',
      badHazard: '未知的喷淋危险等级',
      badStoreys: '层数须为不小于 1 的整数',
    },
  },
};

addMessages('en', en);
addMessages('zh-CN', zhCN);
