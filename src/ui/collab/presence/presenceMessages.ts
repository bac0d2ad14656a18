// Strings of the presence list (issue 19), merged into the app's bundle here so the shared i18n
// files stay untouched.
import { addMessages } from '../../../i18n/index.ts';

addMessages('en', {
  presence: {
    label: 'People in this project',
    you: 'you',
    youName: '{{name}} (you)',
    unnamed: 'Unnamed',
    role: {
      owner: 'Owner',
      planner: 'Planner',
      'facility-manager': 'Facility manager',
      viewer: 'Viewer',
    },
    where: {
      floor: 'On {{building}} · {{floor}}',
      unknownFloor: 'On a floor not loaded here yet ({{id}})',
      overview: 'Viewing the park or a building',
    },
    goTo: 'Click to go to their floor',
    sameFloor: 'On the floor you have open',
    more: '{{count}} more: {{names}}',
    moreList: 'The others present',
    separator: ', ',
  },
});
addMessages('zh-CN', {
  presence: {
    label: '项目中的成员',
    you: '你',
    youName: '{{name}}（你）',
    unnamed: '未命名',
    role: {
      owner: '所有者',
      planner: '规划师',
      'facility-manager': '设施管理员',
      viewer: '查看者',
    },
    where: {
      floor: '位于 {{building}} · {{floor}}',
      unknownFloor: '位于本机尚未载入的楼层（{{id}}）',
      overview: '正在查看园区或楼栋',
    },
    goTo: '点击前往其所在楼层',
    sameFloor: '与你在同一楼层',
    more: '另有 {{count}} 人：{{names}}',
    moreList: '其他在线成员',
    separator: '、',
  },
});
