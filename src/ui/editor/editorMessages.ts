// Strings of the underlay panel and the inspector's field names, merged into the app's bundle
// (kept here so the shared editor string files stay untouched).
import { addMessages } from '../../i18n/index.ts';

const en = {
  editor: {
    panels: { underlay: 'Underlay', show: 'Show the editor panel', hide: 'Fold the editor panel' },
    underlay: {
      title: 'Underlay (drawing to trace)',
      noFloor: 'Open a floor to trace over a drawing.',
      load: 'Load PNG / JPG / DXF',
      none: 'No underlay on this floor.',
      big: 'Large file ({{mb}} MB): loading and saving will be slow. Consider purging unused layers first.',
      unreadable: 'Could not read the file: {{error}}',
      empty: 'The DXF has no lines, polylines, arcs or circles to draw.',
      image: 'Image ({{size}} KB)',
      dxf: 'DXF: {{segments}} segments, {{layers}} layers',
      unit: 'unit {{unit}} m',
      skipped: 'not drawn: {{list}}',
      originX: 'Origin x (m)', originY: 'Origin y (m)', scale: 'Scale (m per unit)', rotation: 'Rotation (°)', opacity: 'Fade',
      locked: 'Locked', visible: 'Visible', remove: 'Remove underlay',
      calibrate: 'Scale from two points',
      calibrateHint: 'Measure (M): click two points of a known dimension on the drawing, type the real distance.',
      startMeasure: 'Pick two points',
      picked: 'Picked: {{length}} m on the plan now',
      nothingPicked: 'No two points picked yet.',
      realDistance: 'Real distance (m)',
      applyScale: 'Set scale',
      moveOnto: 'Move: 1st point onto 2nd',
      lockedHint: 'Unlock to move, scale or turn.',
      layers: 'Layers',
      layerToggle: 'Show layer {{name}}',
      showAllLayers: 'Show all',
      hideAllLayers: 'Hide all',
      shown: 'shown: {{segments}} segments',
    },
    fields: {
      kind: 'Kind', height: 'Height (m)', thickness: 'Thickness (m)', fireRating: 'Fire rating', width: 'Width (m)', sill: 'Sill (m)',
      head: 'Head (m)', openable: 'Openable fraction', name: 'Name', use: 'Use', role: 'Role', rotation: 'Rotation (°)', flux: 'Flux (lm)',
      power: 'Power (W)', mount: 'Mounting height (m)', freshAir: 'Fresh air (m³/h)', rating: 'Rating', lastInspected: 'Last inspected',
    },
    collections: {
      walls: 'Wall', doors: 'Door', windows: 'Window', exits: 'Exit', cores: 'Core', zones: 'Zone', workstations: 'Workstation',
      luminaires: 'Luminaire', airTerminals: 'Fresh-air terminal', extinguishers: 'Extinguisher', detectors: 'Smoke detector', sprinklers: 'Sprinkler',
    },
  },
  commands: { setUnderlayLayers: 'Show / hide underlay layers', refused: { noUnderlay: 'The floor has no DXF underlay' } },
};

const zhCN: typeof en = {
  editor: {
    panels: { underlay: '底图', show: '展开编辑面板', hide: '收起编辑面板' },
    underlay: {
      title: '底图（描图用）',
      noFloor: '打开一个楼层后可载入底图描图。',
      load: '载入 PNG / JPG / DXF',
      none: '本楼层没有底图。',
      big: '文件较大（{{mb}} MB）：载入和保存会变慢，建议先清理无用图层。',
      unreadable: '无法读取文件：{{error}}',
      empty: '该 DXF 中没有可绘制的直线、多段线、圆弧或圆。',
      image: '图片（{{size}} KB）',
      dxf: 'DXF：{{segments}} 条线段，{{layers}} 个图层',
      unit: '单位 {{unit}} m',
      skipped: '未绘制：{{list}}',
      originX: '原点 x (m)', originY: '原点 y (m)', scale: '比例 (m/单位)', rotation: '旋转 (°)', opacity: '淡化',
      locked: '锁定', visible: '显示', remove: '移除底图',
      calibrate: '两点定比例',
      calibrateHint: '测量 (M)：在底图上单击已知尺寸的两端，再输入实际距离。',
      startMeasure: '拾取两点',
      picked: '已拾取：当前平面上 {{length}} m',
      nothingPicked: '尚未拾取两点。',
      realDistance: '实际距离 (m)',
      applyScale: '设定比例',
      moveOnto: '移动：第 1 点对齐到第 2 点',
      lockedHint: '解锁后才能移动、缩放或旋转。',
      layers: '图层',
      layerToggle: '显示图层 {{name}}',
      showAllLayers: '全部显示',
      hideAllLayers: '全部隐藏',
      shown: '显示中：{{segments}} 条线段',
    },
    fields: {
      kind: '类型', height: '高度 (m)', thickness: '厚度 (m)', fireRating: '防火等级', width: '宽度 (m)', sill: '窗台高 (m)',
      head: '窗顶高 (m)', openable: '可开启比例', name: '名称', use: '用途', role: '岗位', rotation: '旋转 (°)', flux: '光通量 (lm)',
      power: '功率 (W)', mount: '安装高度 (m)', freshAir: '新风量 (m³/h)', rating: '规格', lastInspected: '上次检查',
    },
    collections: {
      walls: '墙', doors: '门', windows: '窗', exits: '安全出口', cores: '核心筒', zones: '功能区', workstations: '工位',
      luminaires: '灯具', airTerminals: '新风口', extinguishers: '灭火器', detectors: '烟感', sprinklers: '喷头',
    },
  },
  commands: { setUnderlayLayers: '显示 / 隐藏底图图层', refused: { noUnderlay: '该楼层没有 DXF 底图' } },
};

addMessages('en', en);
addMessages('zh-CN', zhCN);
