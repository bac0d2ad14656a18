// Strings for the editor's mouse gestures (the rotation handle, the 3D view's box selection),
// shown in the select tool's tooltip and in the shortcut help; merged into the app's bundle here
// so the shared i18n files stay untouched.
import type { TFunction } from 'i18next';
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  editor: {
    gestures: {
      title: 'Mouse',
      rotateHandleKey: 'Drag handle',
      rotateHandle: 'Drag the round handle above the selection: rotate it about its centre in 15° steps (hold Shift: free, 1°); Esc cancels',
      box3dKey: 'Ctrl+drag, Alt+drag (3D)',
      box3d: 'Box-select in the 3D view: Ctrl+drag from empty space, Alt+drag from anywhere, even over a desk (add Shift to add to the selection); a plain drag orbits',
    },
  },
});
addMessages('zh-CN', {
  editor: {
    gestures: {
      title: '鼠标',
      rotateHandleKey: '拖动手柄',
      rotateHandle: '拖动选择上方的圆形手柄：绕选择中心旋转，步长 15°（按住 Shift：自由，1°）；Esc 取消',
      box3dKey: 'Ctrl+拖动、Alt+拖动（三维）',
      box3d: '在三维视图中框选：Ctrl+拖动从空白处开始，Alt+拖动可从任意处开始（包括工位上）；加按 Shift 为追加；直接拖动为环绕视角',
    },
  },
});

/** The gestures as [key, description] keys, in the order the help lists them. */
export const GESTURES = [
  ['editor.gestures.rotateHandleKey', 'editor.gestures.rotateHandle'],
  ['editor.gestures.box3dKey', 'editor.gestures.box3d'],
] as const;

/** The gestures on one line each, for a tooltip. */
export function editorHintsText(t: TFunction): string {
  return GESTURES.map(([key, text]) => `${t(key)}: ${t(text)}`).join('\n');
}
