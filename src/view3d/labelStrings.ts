// Strings of the scene's labels, merged into the app's bundle here so the shared i18n files stay untouched.
import { addMessages } from '../i18n/index.ts';

addMessages('en', { sceneLabels: { exitBadge: 'EXIT', area: '{{value}} m²' } });
addMessages('zh-CN', { sceneLabels: { exitBadge: '出口', area: '{{value}} m²' } });
