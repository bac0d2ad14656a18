// The words a DXF floor prints, in the chosen language, and the escaping MTEXT needs. The file is
// written as R2007 (AC1021), where text is UTF-8, so Chinese goes in as it is — no \U+XXXX escapes.
import type { CoreKind, Locale } from '../../floorplan/types.ts';

export interface DxfWords {
  exit: string;
  cores: Record<CoreKind, string>;
  seats: (n: number) => string;
  units: string;
}

const WORDS: Record<Locale, DxfWords> = {
  'zh-CN': {
    exit: '安全出口',
    cores: { stair: '楼梯间', lift: '电梯', shaft: '管井' },
    seats: (n) => `${n} 座`,
    units: '单位：毫米',
  },
  en: {
    exit: 'EXIT',
    cores: { stair: 'Stair', lift: 'Lift', shaft: 'Shaft' },
    seats: (n) => `${n} seat${n === 1 ? '' : 's'}`,
    units: 'Units: millimetres',
  },
};

export function dxfWords(locale: Locale): DxfWords {
  return WORDS[locale];
}

/** Names longer than this are cut: a DXF string group holds at most 250 characters. */
const MAX_TEXT = 100;

/**
 * One line of MTEXT content: control characters become spaces (a DXF value is one line), the
 * characters MTEXT reads as formatting — backslash and braces — are escaped so a name prints as
 * typed, and a caret is written `^ ` as the DXF reference asks (`^J` would be read as a control code).
 */
export function mtextLine(text: string): string {
  const clean = Array.from(text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()).slice(0, MAX_TEXT).join('');
  return clean.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/\^/g, '^ ');
}

/** Lines joined with MTEXT's paragraph break. */
export function mtextLines(lines: readonly string[]): string {
  return lines.map(mtextLine).join('\\P');
}
