import { describe, expect, it } from 'vitest';
import { asLocale, chooseUiLocale, rememberUiLocale, storedUiLocale, UI_LOCALE_KEY, type LocaleStorage } from '../../src/i18n/uiLocale.ts';

function memoryStorage(initial: Record<string, string> = {}): LocaleStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
  };
}

const broken: LocaleStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('interface language', () => {
  it('the URL wins for its visit, then the remembered choice, then the browser', () => {
    expect(chooseUiLocale({ url: 'en', stored: 'zh-CN', browser: 'zh-CN' })).toBe('en');
    expect(chooseUiLocale({ url: null, stored: 'en', browser: 'zh-CN' })).toBe('en');
    expect(chooseUiLocale({ url: null, stored: 'zh-CN', browser: 'en' })).toBe('zh-CN');
    expect(chooseUiLocale({ url: null, stored: null, browser: 'en' })).toBe('en');
  });

  it('remembers a choice under callfloor.uiLocale and reads it back', () => {
    const storage = memoryStorage();
    expect(storedUiLocale(storage)).toBeNull();
    rememberUiLocale('en', storage);
    expect(storage.data).toEqual({ 'callfloor.uiLocale': 'en' });
    expect(UI_LOCALE_KEY).toBe('callfloor.uiLocale');
    expect(storedUiLocale(storage)).toBe('en');
    rememberUiLocale('zh-CN', storage);
    expect(storedUiLocale(storage)).toBe('zh-CN');
  });

  it('ignores a stored value that is not one of our languages, and storage that throws', () => {
    expect(storedUiLocale(memoryStorage({ 'callfloor.uiLocale': 'fr' }))).toBeNull();
    expect(storedUiLocale(broken)).toBeNull();
    expect(() => rememberUiLocale('en', broken)).not.toThrow();
    expect(storedUiLocale(null)).toBeNull();
  });

  it('reads only the exact language codes', () => {
    expect(asLocale('zh-CN')).toBe('zh-CN');
    expect(asLocale('en')).toBe('en');
    expect(asLocale('zh')).toBeNull();
    expect(asLocale(null)).toBeNull();
  });
});
