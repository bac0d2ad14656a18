// Strings of the workspace layout (docks, tabs, export dialog), merged into the app's bundle.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  layout: {
    tabs: { checks: 'Checks', properties: 'Properties', fire: 'Fire', site: 'Site', underlay: 'Underlay', proposals: 'Proposals', projects: 'Projects' },
    tabTitles: { checks: 'Rule checks', properties: 'Properties of the selection', fire: 'Fire register', site: 'Site & floors', underlay: 'Underlay drawing', proposals: 'Proposals', projects: 'Projects & revisions' },
    panels: 'Panels',
    navigator: 'Buildings & floors',
    fold: 'Fold the panel',
    unfold: 'Show the panel',
    resize: 'Drag to resize (double-click: default width)',
    failing: '{{count}} failing findings in the whole plan',
  },
  exportDialog: {
    open: 'Export…',
    title: 'Export',
    close: 'Close',
    scopeHint: 'Defaults to what is open.',
  },
});
addMessages('zh-CN', {
  layout: {
    tabs: { checks: '检查', properties: '属性', fire: '消防', site: '场地', underlay: '底图', proposals: '方案', projects: '项目' },
    tabTitles: { checks: '规范检查', properties: '所选对象的属性', fire: '消防台账', site: '场地与楼层', underlay: '底图', proposals: '方案', projects: '项目与修订' },
    panels: '面板',
    navigator: '楼栋与楼层',
    fold: '收起面板',
    unfold: '展开面板',
    resize: '拖动调整宽度（双击恢复默认）',
    failing: '整个方案共 {{count}} 项不合格',
  },
  exportDialog: {
    open: '导出…',
    title: '导出',
    close: '关闭',
    scopeHint: '默认为当前打开的范围。',
  },
});
