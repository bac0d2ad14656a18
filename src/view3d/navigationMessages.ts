// Strings of the canvas navigation (zoom buttons, fit keys, pan gestures), the heat-map colour
// bar and the escape-route label, merged into the app's bundle here so the shared i18n files stay
// untouched. Imported by the components that show them and by the shortcut help.
import { addMessages } from '../i18n/index.ts';

addMessages('en', {
  editor: {
    actions: {
      fitView: 'Zoom to fit',
      fitSelection: 'Zoom to selection',
    },
  },
  viewNav: {
    group: 'View navigation',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Zoom to fit',
    fitSelection: 'Zoom to selection',
    wheel: 'wheel',
    gestures: {
      wheelKey: 'Wheel / pinch',
      wheel: 'Zoom towards the pointer, one notch at a time',
      panKey: 'Space+drag / middle drag',
      pan: 'Pan the view (right drag too); the tool stays as it was',
    },
  },
  heatScale: {
    walking: 'Walking distance to the nearest exit',
    illuminance: 'Direct illuminance on the work plane',
    range: 'this floor {{min}}–{{max}} {{unit}}',
    over: '≥ {{value}}',
    travel: 'longest travel distance checked (route drawn): {{length}} m',
  },
  escapeRoute: {
    label: 'Longest travel distance {{length}} m',
  },
});

addMessages('zh-CN', {
  editor: {
    actions: {
      fitView: '缩放至全部',
      fitSelection: '缩放至所选',
    },
  },
  viewNav: {
    group: '视图导航',
    zoomIn: '放大',
    zoomOut: '缩小',
    fitView: '缩放至全部',
    fitSelection: '缩放至所选',
    wheel: '滚轮',
    gestures: {
      wheelKey: '滚轮 / 双指缩放',
      wheel: '以指针处为中心缩放，每格一级',
      panKey: '空格+拖动 / 中键拖动',
      pan: '平移视图（右键拖动亦可）；当前工具保持不变',
    },
  },
  heatScale: {
    walking: '至最近安全出口的步行距离',
    illuminance: '工作面直接照度',
    range: '本层 {{min}}–{{max}} {{unit}}',
    over: '≥ {{value}}',
    travel: '检查所得最长疏散距离（即所绘路线）：{{length}} m',
  },
  escapeRoute: {
    label: '最长疏散距离 {{length}} m',
  },
});

/** The navigation gestures as [key, description] keys, in the order the help lists them. */
export const NAVIGATION_GESTURES = [
  ['viewNav.gestures.wheelKey', 'viewNav.gestures.wheel'],
  ['viewNav.gestures.panKey', 'viewNav.gestures.pan'],
] as const;
