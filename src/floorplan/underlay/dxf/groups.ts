// The group-code stream every DXF is read from: (code, value) pairs, one after the other. ASCII
// DXF gives them line by line (TextGroups); binary DXF is turned into the same stream
// (binaryDxf.ts), so the reader above never knows which kind of file it had.
import { DxfReadError } from './errors.ts';

export interface GroupStream {
  /** the current group's code and value (strings as written; numbers as their decimal text) */
  code: number;
  value: string;
  /** where the current group starts: its line (ASCII) or byte offset (binary), for messages */
  where(): number;
  /** how far the stream is, and its whole length, for progress (characters or bytes) */
  done(): number;
  total(): number;
  /** moves to the next group; false at the end of the input */
  next(): boolean;
  /** the next call to next() gives the current group again */
  pushBack(): void;
  /** what ends a cut-off file: the position for the "cut off at line N" message */
  cutAt(): { line?: number; offset?: number };
}

/** ASCII DXF: a code line (an integer, maybe padded with spaces), then a value line. */
export class TextGroups implements GroupStream {
  code = 0;
  value = '';
  private pos = 0;
  /** line number (1-based) of the current group's code line */
  private line = 0;
  private nextLine = 1;
  private repeat = false;

  constructor(readonly text: string) {
    // a byte-order mark is not part of the first code
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  where(): number {
    return this.line;
  }

  done(): number {
    return this.pos;
  }

  total(): number {
    return this.text.length;
  }

  pushBack(): void {
    this.repeat = true;
  }

  cutAt(): { line: number } {
    return { line: Math.max(1, this.nextLine - 1) };
  }

  next(): boolean {
    if (this.repeat) {
      this.repeat = false;
      return true;
    }
    const text = this.text;
    // blank lines between groups (some writers end with one) are not a group
    let start = this.pos;
    while (start < text.length) {
      const c = text.charCodeAt(start);
      if (c === 10) this.nextLine++;
      else if (c !== 13 && c !== 32 && c !== 9) break;
      start++;
    }
    if (start >= text.length) {
      this.pos = start;
      return false;
    }
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const code = parseCode(text, start, end);
    if (code === null) throw new DxfReadError('badGroupCode', { line: this.nextLine, text: text.slice(start, Math.min(end, start + 40)).trim() });
    this.line = this.nextLine;
    if (end >= text.length) {
      // a code with no value line: the file was cut off here
      this.pos = text.length;
      throw new DxfReadError('truncated', { line: this.line });
    }
    const valueStart = end + 1;
    let valueEnd = text.indexOf('\n', valueStart);
    const last = valueEnd < 0;
    if (last) valueEnd = text.length;
    let trimmed = valueEnd;
    if (trimmed > valueStart && text.charCodeAt(trimmed - 1) === 13) trimmed--;
    this.code = code;
    this.value = text.slice(valueStart, trimmed);
    this.pos = last ? text.length : valueEnd + 1;
    this.nextLine += 2;
    return true;
  }
}

/** The integer on a code line, or null when the line is not one. */
function parseCode(text: string, start: number, end: number): number | null {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let value = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else break;
  }
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 13 && c !== 9) return null;
  }
  if (digits === 0 || digits > 5) return null;
  return negative ? -value : value;
}
