// Which language the interface speaks: chosen once, before the first render, and kept across
// reloads. A plan's own `locale` does not change it (it sets only the language of its reports).
// Order: `?lang=` in the URL (this visit only, never remembered) → the user's last choice
// (localStorage) → the browser's language.
import { LOCALES, type Locale } from '../floorplan/types.ts';

export const UI_LOCALE_KEY = 'callfloor.uiLocale';

/** The part of localStorage used here (a fake in tests). */
export type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A value from the URL or storage as one of the app's languages, or null if it is none. */
export function asLocale(value: string | null | undefined): Locale | null {
  return LOCALES.find((l) => l === value) ?? null;
}

export interface LocaleSources {
  /** `?lang=` of this visit */
  url: Locale | null;
  /** the language the user picked last time */
  stored: Locale | null;
  /** the browser's language, mapped to ours */
  browser: Locale;
}

export function chooseUiLocale({ url, stored, browser }: LocaleSources): Locale {
  return url ?? stored ?? browser;
}

/** The remembered choice; null when there is none or storage cannot be read (private mode, blocked). */
export function storedUiLocale(storage: LocaleStorage | null | undefined): Locale | null {
  try {
    return asLocale(storage?.getItem(UI_LOCALE_KEY));
  } catch {
    return null;
  }
}

/** Remembers the user's choice; a storage that refuses is ignored (the choice lasts this visit). */
export function rememberUiLocale(locale: Locale, storage: LocaleStorage | null | undefined): void {
  try {
    storage?.setItem(UI_LOCALE_KEY, locale);
  } catch {
    // nothing to do: the language still changes for this visit
  }
}

/** localStorage where the page may use it, else null. */
export function browserStorage(): LocaleStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
