// The select tool's box-selection convention, for the shortcut help: a drag that starts on an
// element moves it; Alt+drag draws a selection box from anywhere (Alt+Shift adds to the selection).
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  editor: {
    gestures: {
      boxFromEmptyKey: 'Drag',
      boxFromEmpty: 'From empty space: box-select (Shift+drag adds). From an element: move it with the selection',
      boxAltKey: 'Alt+drag',
      boxAlt: 'Box-select from anywhere, even starting on a desk (Alt+Shift+drag adds to the selection)',
    },
  },
});
addMessages('zh-CN', {
  editor: {
    gestures: {
      boxFromEmptyKey: '拖动',
      boxFromEmpty: '从空白处拖动：框选（Shift+拖动为追加）；从元素上拖动：移动该元素及所选内容',
      boxAltKey: 'Alt+拖动',
      boxAlt: '从任意位置框选，即使起点在工位上（Alt+Shift+拖动为追加到选择）',
    },
  },
});

/** [key, description] keys, in the order the help lists them. */
export const SELECT_GESTURES = [
  ['editor.gestures.boxFromEmptyKey', 'editor.gestures.boxFromEmpty'],
  ['editor.gestures.boxAltKey', 'editor.gestures.boxAlt'],
] as const;
