// Binary DXF as the same group stream as ASCII DXF. The format (AutoCAD DXF reference, "Binary
// DXF Files"): the 22-byte sentinel "AutoCAD Binary DXF\r\n\x1a\0", then groups: a code (R13 and
// later: a 16-bit little-endian integer; R12: one byte, 255 announcing a 16-bit one) and a value
// whose type follows from the code's range. Numbers become their shortest decimal text, which
// reads back to the same double, so coordinates stay exact.
import { DxfReadError } from './errors.ts';
import type { GroupStream } from './groups.ts';

export const BINARY_SENTINEL = 'AutoCAD Binary DXF\r\n\x1a\0';

export function isBinaryDxf(bytes: Uint8Array): boolean {
  if (bytes.length < BINARY_SENTINEL.length) return false;
  for (let i = 0; i < BINARY_SENTINEL.length; i++) if (bytes[i] !== BINARY_SENTINEL.charCodeAt(i)) return false;
  return true;
}

type ValueType = 'string' | 'double' | 'int16' | 'int32' | 'int64' | 'bool' | 'chunk';

const between = (c: number, lo: number, hi: number) => c >= lo && c <= hi;

/** The type of a group code's value (DXF reference, "Group Code Value Types"). */
export function valueTypeOf(code: number): ValueType {
  if (between(code, 10, 59) || between(code, 110, 149) || between(code, 210, 239) || between(code, 460, 469) || between(code, 1010, 1059)) return 'double';
  if (between(code, 60, 79) || between(code, 170, 179) || between(code, 270, 289) || between(code, 370, 389) || between(code, 400, 409) || between(code, 1060, 1070)) return 'int16';
  if (between(code, 90, 99) || between(code, 420, 429) || between(code, 440, 459) || code === 1071) return 'int32';
  if (between(code, 160, 169)) return 'int64';
  if (between(code, 290, 299)) return 'bool';
  if (between(code, 310, 319) || code === 1004) return 'chunk';
  return 'string';
}

const HEX = '0123456789ABCDEF';

export class BinaryGroups implements GroupStream {
  code = 0;
  value = '';
  private pos = BINARY_SENTINEL.length;
  private start = BINARY_SENTINEL.length;
  private repeat = false;
  private readonly view: DataView;
  /** R12 files write one-byte codes */
  private readonly shortCodes: boolean;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly decode: (bytes: Uint8Array) => string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // the first group is (0, "SECTION"): two zero bytes with 16-bit codes, one before "S" with 8-bit ones
    this.shortCodes = bytes[this.pos] === 0 && bytes[this.pos + 1] === 0x53;
  }

  where(): number {
    return this.start;
  }

  done(): number {
    return this.pos;
  }

  total(): number {
    return this.bytes.length;
  }

  pushBack(): void {
    this.repeat = true;
  }

  cutAt(): { offset: number } {
    return { offset: this.bytes.length };
  }

  private need(n: number, what: string): void {
    if (this.pos + n > this.bytes.length) throw new DxfReadError('binaryCorrupt', { offset: this.start, text: `${what} runs past the end of the file` });
  }

  next(): boolean {
    if (this.repeat) {
      this.repeat = false;
      return true;
    }
    const bytes = this.bytes;
    if (this.pos >= bytes.length) return false;
    this.start = this.pos;
    let code: number;
    if (this.shortCodes) {
      code = bytes[this.pos++]!;
      if (code === 255) {
        this.need(2, 'a group code');
        code = this.view.getInt16(this.pos, true);
        this.pos += 2;
      }
    } else {
      this.need(2, 'a group code');
      code = this.view.getInt16(this.pos, true);
      this.pos += 2;
    }
    if (code < 0 || code > 1071) throw new DxfReadError('binaryCorrupt', { offset: this.start, text: `group code ${code}` });
    this.code = code;
    switch (valueTypeOf(code)) {
      case 'double':
        this.need(8, 'a number');
        this.value = String(this.view.getFloat64(this.pos, true));
        this.pos += 8;
        break;
      case 'int16':
        this.need(2, 'a number');
        this.value = String(this.view.getInt16(this.pos, true));
        this.pos += 2;
        break;
      case 'int32':
        this.need(4, 'a number');
        this.value = String(this.view.getInt32(this.pos, true));
        this.pos += 4;
        break;
      case 'int64':
        this.need(8, 'a number');
        this.value = String(this.view.getBigInt64(this.pos, true));
        this.pos += 8;
        break;
      case 'bool':
        this.need(1, 'a flag');
        this.value = String(bytes[this.pos++]);
        break;
      case 'chunk': {
        this.need(1, 'a binary chunk');
        const length = bytes[this.pos++]!;
        this.need(length, 'a binary chunk');
        let hex = '';
        for (let i = 0; i < length; i++) {
          const b = bytes[this.pos + i]!;
          hex += HEX[b >> 4]! + HEX[b & 15]!;
        }
        this.value = hex;
        this.pos += length;
        break;
      }
      default: {
        const end = bytes.indexOf(0, this.pos);
        if (end < 0) throw new DxfReadError('binaryCorrupt', { offset: this.start, text: 'a text runs past the end of the file' });
        this.value = this.decode(bytes.subarray(this.pos, end));
        this.pos = end + 1;
      }
    }
    return true;
  }
}

/** The value of a header variable found in the first bytes of a binary DXF, read as ASCII. */
export function binaryHeaderValue(bytes: Uint8Array, name: string): string | null {
  const limit = Math.min(bytes.length, 1 << 16);
  const marker = `${name}\0`;
  outer: for (let i = BINARY_SENTINEL.length; i + marker.length < limit; i++) {
    for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker.charCodeAt(j)) continue outer;
    // then the value's group code (1 or 2 bytes) and the value itself
    let p = i + marker.length;
    const short = bytes[p + 1] !== 0 || bytes[p] === 255;
    p += short ? (bytes[p] === 255 ? 3 : 1) : 2;
    let end = p;
    while (end < limit && bytes[end] !== 0) end++;
    let out = '';
    for (let k = p; k < end; k++) out += String.fromCharCode(bytes[k]!);
    return out;
  }
  return null;
}
