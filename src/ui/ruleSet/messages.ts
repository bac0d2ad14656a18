// Text of the rule set (GB / international) in the status bar, its picker and the new-project
// form, and the name of the command that changes it; merged into the app's bundle here so the
// shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('zh-CN', {
  ruleSet: {
    title: '规则集',
    inForce: '规则：{{name}}',
    name: { gb: 'GB 国标', intl: '国际通用' },
    detail: {
      gb: '中国国家标准：GB 50016 建筑设计防火规范、GB 50034 建筑照明设计标准等',
      intl: '国际规范：IBC 2021、EN 12464-1、ASHRAE 62.1、NFPA 10 等',
    },
    change: '点击更换本项目的规则集',
    question: '本项目采用哪套规则？',
    close: '关闭',
    command: '更换规则集',
    refused: { unknown: '没有这套规则集' },
  },
});

addMessages('en', {
  ruleSet: {
    title: 'Rule set',
    inForce: 'Rules: {{name}}',
    name: { gb: 'GB (China)', intl: 'International' },
    detail: {
      gb: 'Chinese national standards: GB 50016 fire code, GB 50034 lighting and others',
      intl: 'International codes: IBC 2021, EN 12464-1, ASHRAE 62.1, NFPA 10 and others',
    },
    change: 'Click to change the rule set of this project',
    question: 'Which rule set applies to this project?',
    close: 'Close',
    command: 'Change rule set',
    refused: { unknown: 'There is no such rule set' },
  },
});
