// Strings for drawings stored by hash beside the plan: the underlay panel's notice when a plan
// refers to a drawing this browser does not have, and the "include drawings" choice of the plan
// file exports (Export dialog, Projects panel). Merged into the app's bundle here so the shared
// i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  drawingStore: {
    missing: 'The drawing “{{name}}” is not in this browser: load it again.',
    missingHint: 'The plan keeps its place, scale and layers; load the same file and they apply again. Everything else in the plan works without it.',
    loading: 'Getting the drawing “{{name}}”…',
    imageSize: 'Image · {{size}} KB',
    includeDrawings: 'Include drawings',
    drawingsLabel: 'Drawings',
    includeInFile: 'Include the underlay drawings',
    includeDrawingsHint: 'The file carries the underlay drawings (DXF, images), so it opens complete in another browser. Without them the file is smaller and the underlays keep only their reference.',
    missingInExport: 'Not in this browser, left out of the file: {{names}}',
  },
});
addMessages('zh-CN', {
  drawingStore: {
    missing: '此浏览器中没有图纸“{{name}}”：请重新载入该文件。',
    missingHint: '方案仍保留它的位置、比例和图层设置，重新载入同一文件后即恢复。方案的其余部分不受影响。',
    loading: '正在取出图纸“{{name}}”…',
    imageSize: '图片 · {{size}} KB',
    includeDrawings: '包含底图图纸',
    drawingsLabel: '底图图纸',
    includeInFile: '随文件附带底图图纸',
    includeDrawingsHint: '文件中附带底图图纸（DXF、图片），在其他浏览器中打开也完整。不附带时文件更小，底图只保留引用。',
    missingInExport: '此浏览器中没有、未能放入文件的图纸：{{names}}',
  },
});
