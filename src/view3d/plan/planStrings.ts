// Strings of the plan view's drawing aids (scale bar, north arrow), merged into the app's bundle
// here so the shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  planDrawing: {
    scaleBar: 'Scale bar: {{length}}',
    north: 'N',
    northArrow: 'North',
  },
});
addMessages('zh-CN', {
  planDrawing: {
    scaleBar: '比例尺：{{length}}',
    north: '北',
    northArrow: '指北针',
  },
});
