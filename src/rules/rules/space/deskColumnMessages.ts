// The sentences of space.desk-column in both languages, merged into the rule message tables
// (rules/format.ts) when the rule is loaded, so the shared string files stay untouched.
import { RULE_MESSAGES } from '../../format.ts';

Object.assign(RULE_MESSAGES.en, {
  'space.desk-column.pass': 'All {{desks}} desks stand clear of the {{columns}} columns.',
  'space.desk-column.fail': 'Desk {{desk}} overlaps column {{column}} by {{measured}} m²: move the desk clear of the column.',
});

Object.assign(RULE_MESSAGES['zh-CN'], {
  'space.desk-column.pass': '{{desks}} 个工位均避开了 {{columns}} 根柱。',
  'space.desk-column.fail': '工位 {{desk}} 与柱 {{column}} 重叠 {{measured}} m²，应移开工位避让柱子。',
});
