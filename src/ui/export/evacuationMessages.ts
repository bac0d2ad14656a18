// Strings of the export dialog's evacuation plan entry (the kind, its paper size), merged into
// the app's bundle here so the shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  evacuationExport: {
    paper: 'Paper size',
    a3: 'A3 landscape',
    a4: 'A4 landscape',
    hint: 'One plan per "you are here" mark of each floor in the scope; a floor without marks gets one plan without the marker.',
  },
});
addMessages('zh-CN', {
  evacuationExport: {
    paper: '纸张',
    a3: 'A3 横向',
    a4: 'A4 横向',
    hint: '范围内每个楼层的每个“您在此处”标记各出一张；未放置标记的楼层出一张不带位置标记的图。',
  },
});
