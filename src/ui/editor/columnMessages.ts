// Strings of structural columns (柱): the tool, its hint, the inspector's fields, the undo label
// and the legend entry, merged into the app's bundle here so the shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

const en = {
  editor: {
    tools: { column: 'Column' },
    toolHints: { column: 'Click: a column of the size set here, centred on the point. Drag: a rectangular column corner to corner.' },
    collections: { columns: 'Column' },
    column: {
      width: 'Width (m)',
      depth: 'Depth (m)',
      centre: 'Centre (m)',
      widthX: 'Width, along x (m)',
      depthY: 'Depth, along y (m)',
    },
  },
  commands: { addColumn: 'Add column' },
  legend: { column: 'Column' },
};

const zhCN: typeof en = {
  editor: {
    tools: { column: '柱' },
    toolHints: { column: '单击：在该点放置此处设定尺寸的柱（以该点为中心）。拖动：按对角两点绘制矩形柱。' },
    collections: { columns: '柱' },
    column: {
      width: '宽 (m)',
      depth: '深 (m)',
      centre: '中心 (m)',
      widthX: '宽（x 向，m）',
      depthY: '深（y 向，m）',
    },
  },
  commands: { addColumn: '添加柱' },
  legend: { column: '柱' },
};

addMessages('en', en);
addMessages('zh-CN', zhCN);
