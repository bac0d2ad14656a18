// Registers the rule panel's strings (src/i18n/rules-ui.*.ts) under `rulesUi` once, on import.
import { addMessages } from '../../i18n/index.ts';
import { rulesUiEn } from '../../i18n/rules-ui.en.ts';
import { rulesUiZhCN } from '../../i18n/rules-ui.zh-CN.ts';

addMessages('zh-CN', { rulesUi: rulesUiZhCN });
addMessages('en', { rulesUi: rulesUiEn });
