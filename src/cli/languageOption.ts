// `--lang zh|en`, read the same way by every verb that writes for a reader.
import { parseLanguage } from '../export/reportText.ts';
import type { Locale } from '../floorplan/types.ts';
import type { CommandIO } from './io.ts';

/** The language asked for; undefined when none was; null once the user was told the value is wrong. */
export function languageOption(text: string | undefined, io: CommandIO): Locale | undefined | null {
  if (text === undefined) return undefined;
  const lang = parseLanguage(text);
  if (!lang) io.stderr(`--lang 须为 zh 或 en / --lang must be zh or en (got ${text})`);
  return lang;
}
