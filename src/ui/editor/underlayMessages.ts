// Strings of the DXF reading in the underlay panel (progress, layer states, sheet scale, framing),
// merged into the app's bundle here so the shared string files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  editor: {
    underlay: {
      reading: 'Reading {{name}}…',
      readingProgress: '{{done}} of {{total}} MB · {{entities}} entities',
      readingStored: 'Reading the drawing…',
      layerOff: 'off in file',
      layerFrozen: 'frozen in file',
      layerTexts_one: '{{count}} text',
      layerTexts_other: '{{count}} texts',
      hiddenInFile_one: '{{count}} layer is off or frozen in the file: it starts hidden; tick it to show it.',
      hiddenInFile_other: '{{count}} layers are off or frozen in the file: they start hidden; tick them to show them.',
      skippedTitle: 'Not drawn',
      skippedNone: 'Everything in the file was drawn.',
      skippedPaper: 'paper space',
      texts_one: '{{count}} text',
      texts_other: '{{count}} texts',
      frame: 'Frame the drawing',
      frameHint: 'Zooms to the drawing, leaving out stray objects far away.',
      strays: 'Far-away objects left out of the frame: the drawing spans {{width}} × {{height}} units.',
      sheet: 'This looks like a 1:{{scale}} sheet drawn in paper units: calibrate with two points, or use 1:{{scale}}.',
      sheetUnknown: 'This looks like a printed sheet drawn in paper units, not at real size: calibrate with two points (a known dimension).',
      sheetApply: 'Use 1:{{scale}}',
      encoding: 'texts: {{encoding}}',
      binary: 'binary DXF',
    },
  },
});

addMessages('zh-CN', {
  editor: {
    underlay: {
      reading: '正在读取 {{name}}…',
      readingProgress: '{{done}} / {{total}} MB · {{entities}} 个图元',
      readingStored: '正在读取图形…',
      layerOff: '文件中已关闭',
      layerFrozen: '文件中已冻结',
      layerTexts: '{{count}} 个文字',
      hiddenInFile: '有 {{count}} 个图层在文件中已关闭或冻结：初始隐藏，勾选即可显示。',
      skippedTitle: '未绘制',
      skippedNone: '文件中的内容均已绘制。',
      skippedPaper: '图纸空间',
      texts: '{{count}} 个文字',
      frame: '缩放到图形',
      frameHint: '缩放到图形范围，忽略远处的零散对象。',
      strays: '远处的零散对象未计入范围：图形全部范围为 {{width}} × {{height}} 单位。',
      sheet: '这像是按 1:{{scale}} 出图、以图纸单位绘制的图：请用两点定比例，或直接采用 1:{{scale}}。',
      sheetUnknown: '这像是以图纸单位绘制的出图图纸，而非按实际尺寸绘制：请用两点（已知尺寸）定比例。',
      sheetApply: '采用 1:{{scale}}',
      encoding: '文字编码：{{encoding}}',
      binary: '二进制 DXF',
    },
  },
});
