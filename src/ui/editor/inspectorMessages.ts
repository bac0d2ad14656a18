// Strings of the inspector (positions, typed-value errors, list labels), the tools' hints, the
// large-delete question and the refusals that name the element they are about; merged into the
// app's bundle here so the shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

const en = {
  editor: {
    inspect: {
      start: 'Start (m)', end: 'End (m)', length: 'Length (m)', position: 'Position (m)',
      offsetOnWall: 'Centre from wall start (m)', offsetOnOutline: 'Centre from corner (m)',
      windowStart: 'From corner (m)', windowWidth: 'Width (m)',
      onWall: 'On wall {{id}}', onOutline: 'On the floor outline', notOnLine: 'Not on a wall or on the outline',
      floorDefault: 'floor: {{value}}', corners: 'Corners', keys: 'Type a value, then Enter; Esc puts it back.',
      positionSingle: 'Select one element to edit its position.',
      oneKind: 'Select elements of one kind to edit them together.',
    },
    fieldErrors: {
      notNumber: 'Type a number, e.g. 12.5', atLeast: 'Must be at least {{min}}', above: 'Must be greater than {{min}}',
      atMost: 'Must be at most {{max}}', whole: 'Must be a whole number', empty: 'Cannot be empty', badDate: 'Not a date (YYYY-MM-DD)',
      badCorners: 'Each line needs two numbers: x, y',
    },
    enums: {
      role: { agent: 'Agent', leader: 'Team leader', supervisor: 'Supervisor' },
      coreKind: { stair: 'Stair', lift: 'Lift', shaft: 'Shaft' },
      exitKind: { stair: 'Stair', exterior: 'Straight outside' },
      fireRating: { A: 'Class A (甲级)', B: 'Class B (乙级)', C: 'Class C (丙级)' },
      none: 'None',
    },
    toolHints: {
      select: 'Click to select, Shift+click to add or remove; drag on empty space to select what lies wholly in the box; drag a selection to move it on the grid; drag the round handle to turn it.',
      rotate: 'Select first, then press anywhere and drag around the selection’s centre: 15° steps, Shift for 1°. Esc puts it back.',
      wall: 'Click point to point (or drag each segment). Enter, a double click or the first point ends the chain; Shift: horizontal / vertical; Esc drops it.',
      zone: 'Drag a rectangle, or click two opposite corners.',
      zonePolygon: 'Click the corners; Enter, a double click or a click on the first corner closes the zone; Backspace drops the last corner.',
      core: 'Drag a rectangle, or click two opposite corners.',
      corePolygon: 'Click the corners; Enter, a double click or a click on the first corner closes the core; Backspace drops the last corner.',
      door: 'Click on a wall (or on the floor outline): the door of the set width is centred at that point of the line.',
      window: 'Press on an edge of the floor outline and drag along it, or click both ends on the same edge.',
      exit: 'Click on the floor outline or on the edge of a core to place a safe exit there.',
      workstation: 'Click inside the floor: one desk is centred at the pointer, with the size, rotation and role set here.',
      workstationArray: 'The array hangs from the pointer at its first desk’s corner (lower left before rotation). Click places the rows × columns set here; a drag fills the dragged rectangle with as many as fit. Red: a desk would be off the floor.',
      luminaireArray: 'Press and drag a rectangle: it fills with a grid at the set spacing, half a spacing in from its edges. A click places one luminaire.',
      airTerminal: 'Click inside the floor to place a fresh-air terminal at the pointer.',
      extinguisher: 'Click inside the floor to place an extinguisher at the pointer.',
      detector: 'Click inside the floor to place a smoke detector at the pointer.',
      sprinkler: 'Click inside the floor to place a sprinkler at the pointer.',
      outline: 'Drag a corner of the floor outline, or click it, move and click again to put it down; Shift keeps it in line with the corner before; Esc puts it back. A shape that would cross itself stops at the last good one.',
      measure: 'Click points to read the length (and, from 3 points, the area). Enter or a double click holds the reading; Esc clears it. Nothing is saved.',
      building: 'On the site, click the corners of the footprint; Enter, a double click or a click on the first corner closes it. The building starts with one floor (1F) of that outline.',
      green: 'On the site, click the corners of the green area; Enter, a double click or a click on the first corner closes it.',
    },
    confirmDelete: {
      title: 'Delete {{count}} elements?',
      body: 'This deletes {{count}} elements at once (doors on deleted walls go too). Undo (Ctrl+Z) brings them back.',
      confirm: 'Delete {{count}}', cancel: 'Cancel', keys: 'Enter deletes, Esc cancels',
    },
  },
  commands: {
    setWallEnds: 'Move wall ends',
    refused: {
      offFloor: {
        luminaires: 'A luminaire must stay on the floor', airTerminals: 'A fresh-air terminal must stay on the floor',
        extinguishers: 'An extinguisher must stay on the floor', detectors: 'A smoke detector must stay on the floor',
        sprinklers: 'A sprinkler must stay on the floor',
      },
      windowTooShort: 'A window must be at least 0.1 m long',
      doorWallMissing: 'The wall this door sits on no longer exists',
    },
  },
};

const zhCN: typeof en = {
  editor: {
    inspect: {
      start: '起点 (m)', end: '终点 (m)', length: '长度 (m)', position: '位置 (m)',
      offsetOnWall: '中心距墙起点 (m)', offsetOnOutline: '中心距角点 (m)',
      windowStart: '距角点 (m)', windowWidth: '宽度 (m)',
      onWall: '位于墙 {{id}}', onOutline: '位于楼层轮廓', notOnLine: '不在墙上，也不在轮廓上',
      floorDefault: '楼层：{{value}}', corners: '角点', keys: '输入数值后按回车；Esc 还原。',
      positionSingle: '只选一个元素时可修改位置。',
      oneKind: '选择同一类元素后可一起修改。',
    },
    fieldErrors: {
      notNumber: '请输入数字，如 12.5', atLeast: '不能小于 {{min}}', above: '必须大于 {{min}}',
      atMost: '不能大于 {{max}}', whole: '必须是整数', empty: '不能为空', badDate: '日期无效（年-月-日）',
      badCorners: '每行需两个数字：x, y',
    },
    enums: {
      role: { agent: '坐席', leader: '班组长', supervisor: '主管' },
      coreKind: { stair: '楼梯间', lift: '电梯井', shaft: '管井' },
      exitKind: { stair: '疏散楼梯', exterior: '直通室外' },
      fireRating: { A: '甲级', B: '乙级', C: '丙级' },
      none: '无',
    },
    toolHints: {
      select: '单击选中，Shift+单击加选或减选；从空白处拖动框选（完整在框内的元素）；拖动已选元素按网格移动；拖动圆形手柄旋转。',
      rotate: '先选择，再在任意处按下并绕选择中心拖动：步长 15°，按住 Shift 为 1°。Esc 还原。',
      wall: '逐点单击（或逐段拖动）。回车、双击或单击起点结束连续墙；Shift：水平 / 垂直；Esc 放弃。',
      zone: '拖出矩形，或单击两个对角。',
      zonePolygon: '逐个单击角点；回车、双击或单击第一个角点闭合功能区；Backspace 删除上一个角点。',
      core: '拖出矩形，或单击两个对角。',
      corePolygon: '逐个单击角点；回车、双击或单击第一个角点闭合核心筒；Backspace 删除上一个角点。',
      door: '在墙上（或楼层轮廓上）单击：按设定宽度放置门，门中心在该点。',
      window: '在楼层轮廓的一条边上按下并沿边拖动，或在同一条边上单击两端。',
      exit: '在楼层轮廓或核心筒的边上单击，放置安全出口。',
      workstation: '在楼层内单击：以指针为中心放置一个工位，尺寸、旋转和岗位取自此处设置。',
      workstationArray: '阵列随指针移动，第一个工位的角（旋转前的左下角）在指针处。单击按此处的行数 × 列数放置，或按下拖动，用尽可能多的工位填满拖出的矩形。红色：有工位会超出楼层。',
      luminaireArray: '按下拖出矩形：按设定间距布满灯具，距矩形边缘半个间距。单击放置一盏灯。',
      airTerminal: '在楼层内单击，在指针处放置新风口。',
      extinguisher: '在楼层内单击，在指针处放置灭火器。',
      detector: '在楼层内单击，在指针处放置烟感探测器。',
      sprinkler: '在楼层内单击，在指针处放置喷头。',
      outline: '拖动楼层轮廓的角点，或单击角点拾起、移动后再单击放下；Shift 与前一个角点保持水平或垂直；Esc 还原。会自相交的形状停在上一个有效形状。',
      measure: '逐点单击读取长度（3 点起同时读取面积）。回车或双击保留读数；Esc 清除。不会保存到方案。',
      building: '在场地上逐个单击建筑轮廓的角点；回车、双击或单击第一个角点闭合。新建筑带一层（1F），楼层轮廓即此轮廓。',
      green: '在场地上逐个单击绿地的角点；回车、双击或单击第一个角点闭合。',
    },
    confirmDelete: {
      title: '删除 {{count}} 个元素？',
      body: '将一次删除 {{count}} 个元素（被删墙上的门一并删除）。可用撤销（Ctrl+Z）恢复。',
      confirm: '删除 {{count}} 个', cancel: '取消', keys: '回车删除，Esc 取消',
    },
  },
  commands: {
    setWallEnds: '修改墙端点',
    refused: {
      offFloor: {
        luminaires: '灯具必须留在楼层内', airTerminals: '新风口必须留在楼层内',
        extinguishers: '灭火器必须留在楼层内', detectors: '烟感探测器必须留在楼层内',
        sprinklers: '喷头必须留在楼层内',
      },
      windowTooShort: '窗长度至少 0.1 m',
      doorWallMissing: '门所在的墙已不存在',
    },
  },
};

addMessages('en', en);
addMessages('zh-CN', zhCN);

/** The hint key for a tool; zones and cores say how their current shape is drawn. */
export function toolHintKey(toolId: string, shape?: 'rectangle' | 'polygon'): string {
  const variant = (toolId === 'zone' || toolId === 'core') && shape === 'polygon' ? 'Polygon' : '';
  return `editor.toolHints.${toolId}${variant}`;
}
