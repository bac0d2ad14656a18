// One i18next instance for the app, initialised synchronously with both languages bundled
// (they are small), so the first render already has text.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../floorplan/types.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { editorEn } from './editor.en.ts';
import { editorZhCN } from './editor.zh-CN.ts';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
});
// the editor's strings (tools, panels, refusals), merged into the default bundle
for (const [locale, bundle] of [['zh-CN', editorZhCN], ['en', editorEn]] as const) i18n.addResourceBundle(locale, 'translation', bundle, true, false);

/** Language of the browser, mapped to the two the app speaks. */
export function browserLocale(): Locale {
  const lang = typeof navigator === 'undefined' ? 'zh-CN' : navigator.language;
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Merge more strings (e.g. rule messages) into a language under a namespace of the default bundle. */
export function addMessages(locale: Locale, messages: Record<string, unknown>): void {
  i18n.addResourceBundle(locale, 'translation', messages, true, false);
}

export function setLocale(locale: Locale): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
