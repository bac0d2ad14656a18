// Strings of the grouped findings in the rule panel, merged into the app's bundle under
// `rulesGroup` so the shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  rulesGroup: {
    open: 'Show the {{count}} findings',
    close: 'Hide the findings',
    items: 'The findings of this group',
  },
});
addMessages('zh-CN', {
  rulesGroup: {
    open: '展开这 {{count}} 条检查结果',
    close: '收起',
    items: '本组的检查结果',
  },
});
