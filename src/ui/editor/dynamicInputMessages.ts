// Strings of the dynamic input (typed lengths while drawing) and of the snap markers' names,
// merged into the app's bundle here so the shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  editor: {
    dynamicInput: {
      length: 'Length',
      angle: 'Angle',
      size: 'Width, depth',
      rejected: 'Cannot place this',
      hintPolar: 'Enter places it · an angle: 7.25<90 (° anticlockwise from east; Tab jumps to it) · Esc clears',
      hintSize: 'Type width,depth, Enter draws it: 6,4 (with decimal commas: 6,5;4) · Esc clears',
      shortPolar: 'Type a length ↵ · 7.25<90 sets the angle',
      shortSize: 'Type width,depth ↵ · e.g. 6,4',
      helpKey: '7.25<90',
      help: 'While drawing: type a length (and < an angle), Enter places the next point exactly',
      axis: { x: 'Horizontal', y: 'Vertical' },
      snap: {
        endpoint: 'Endpoint',
        intersection: 'Intersection',
        midpoint: 'Midpoint',
        perpendicular: 'Perpendicular',
        wall: 'On wall',
        outline: 'On outline',
        grid: 'Grid',
      },
    },
  },
});
addMessages('zh-CN', {
  editor: {
    dynamicInput: {
      length: '长度',
      angle: '角度',
      size: '宽, 深',
      rejected: '无法按此输入定点',
      hintPolar: '按 Enter 定点 · 指定角度：7.25<90（自正东起逆时针，单位 °；Tab 跳到角度）· Esc 清除',
      hintSize: '输入“宽,深”后按 Enter 绘制：6,4（小数用逗号时：6,5;4）· Esc 清除',
      shortPolar: '可直接输入长度 ↵ · 7.25<90 指定角度',
      shortSize: '可直接输入“宽,深” ↵ · 如 6,4',
      helpKey: '7.25<90',
      help: '绘制时输入长度（及 < 角度），按 Enter 精确放置下一点',
      axis: { x: '水平', y: '竖直' },
      snap: {
        endpoint: '端点',
        intersection: '交点',
        midpoint: '中点',
        perpendicular: '垂足',
        wall: '墙上',
        outline: '轮廓上',
        grid: '网格',
      },
    },
  },
});
