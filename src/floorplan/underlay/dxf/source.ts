// From a file's bytes to a group stream: tell a DWG, a binary DXF, an empty or foreign file from
// an ASCII DXF, and decode text in the encoding the file names. $ACADVER AC1021 (AutoCAD 2007)
// and later are UTF-8; older files name their code page in $DWGCODEPAGE (ANSI_936: GBK, ANSI_950:
// Big5, ANSI_1252: Western …), read from the ASCII header before anything is decoded.
import { BinaryGroups, binaryHeaderValue, isBinaryDxf } from './binaryDxf.ts';
import { DxfReadError, dxfNotice, type DxfNotice } from './errors.ts';
import { TextGroups, type GroupStream } from './groups.ts';

/** WHATWG encoding labels of the DXF code pages. */
const CODEPAGES: Record<string, string> = {
  ANSI_874: 'windows-874',
  ANSI_932: 'shift_jis',
  ANSI_936: 'gbk',
  ANSI_949: 'euc-kr',
  ANSI_950: 'big5',
  ANSI_1250: 'windows-1250',
  ANSI_1251: 'windows-1251',
  ANSI_1252: 'windows-1252',
  ANSI_1253: 'windows-1253',
  ANSI_1254: 'windows-1254',
  ANSI_1255: 'windows-1255',
  ANSI_1256: 'windows-1256',
  ANSI_1257: 'windows-1257',
  ANSI_1258: 'windows-1258',
};

export function encodingOfCodepage(codepage: string | null): string | null {
  return codepage ? (CODEPAGES[codepage.trim().toUpperCase()] ?? null) : null;
}

export interface OpenedDxf {
  stream: GroupStream;
  /** the encoding texts were decoded with */
  encoding: string;
  version: string | null;
  codepage: string | null;
  binary: boolean;
  notices: DxfNotice[];
}

const PREFIX_BYTES = 1 << 16;

function latin1(bytes: Uint8Array, limit: number): string {
  let s = '';
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i += 8192) s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  return s;
}

/** A header variable's value in the ASCII prefix of a DXF: `9 / $NAME / code / value`. */
export function textHeaderValue(prefix: string, name: string): string | null {
  const at = prefix.indexOf(name);
  if (at < 0) return null;
  const match = /^[^\n]*\n[ \t]*\d+[ \t]*\r?\n([^\r\n]*)/.exec(prefix.slice(at, at + 200));
  return match ? match[1]!.trim() : null;
}

const isUtf8Version = (version: string | null) => version !== null && version >= 'AC1021';

function decoder(label: string, fatal = false): TextDecoder {
  return new TextDecoder(label, { fatal });
}

/** Decode text bytes: the named encoding, or UTF-8 where it fits and GB18030 (Chinese exports) where not. */
function decodeText(bytes: Uint8Array, version: string | null, codepage: string | null, notices: DxfNotice[]): { text: string; encoding: string } {
  const named = isUtf8Version(version) ? 'utf-8' : encodingOfCodepage(codepage);
  if (named === 'utf-8' || named === null) {
    try {
      return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8' };
    } catch {
      // not UTF-8 after all: AutoCAD 2007+ files written by Chinese tools, or an unnamed code page
      if (named === null) notices.push(dxfNotice('encodingGuessed'));
      return { text: decoder('gb18030').decode(bytes), encoding: 'gb18030' };
    }
  }
  return { text: decoder(named).decode(bytes), encoding: named };
}

/** Opens a DXF from its bytes, or throws a DxfReadError saying what the file is instead. */
export function openDxfBytes(bytes: Uint8Array): OpenedDxf {
  if (bytes.length === 0 || bytes.every((b) => b === 0 || b === 9 || b === 10 || b === 13 || b === 32)) throw new DxfReadError('empty');
  // DWG starts with its version tag: AC1015, AC1018, AC1024, AC1027, AC1032 …
  const head = latin1(bytes, 6);
  if (/^AC1\d{3}$/.test(head) || /^AC\d\.\d/.test(head) || head.startsWith('MC0.0')) throw new DxfReadError('dwg', { version: head });
  const notices: DxfNotice[] = [];
  if (isBinaryDxf(bytes)) {
    const version = binaryHeaderValue(bytes, '$ACADVER');
    const codepage = binaryHeaderValue(bytes, '$DWGCODEPAGE');
    const encoding = isUtf8Version(version) ? 'utf-8' : (encodingOfCodepage(codepage) ?? 'utf-8');
    const textDecoder = decoder(encoding);
    return { stream: new BinaryGroups(bytes, (b) => textDecoder.decode(b)), encoding, version, codepage, binary: true, notices };
  }
  const prefix = latin1(bytes, PREFIX_BYTES);
  if (!/^\s*-?\d+[ \t]*\r?\n/.test(prefix)) throw new DxfReadError('notDxf');
  const version = textHeaderValue(prefix, '$ACADVER');
  const codepage = textHeaderValue(prefix, '$DWGCODEPAGE');
  const { text, encoding } = decodeText(bytes, version, codepage, notices);
  return { stream: new TextGroups(text), encoding, version, codepage, binary: false, notices };
}

/** Opens DXF text that is already decoded (a plan's stored source). */
export function openDxfText(text: string): OpenedDxf {
  if (text.trim() === '') throw new DxfReadError('empty');
  if (/^AC1\d{3}/.test(text)) throw new DxfReadError('dwg', { version: text.slice(0, 6) });
  if (text.startsWith('AutoCAD Binary DXF')) throw new DxfReadError('binaryCorrupt', { offset: 0, text: 'binary DXF read as text' });
  const prefix = text.slice(0, PREFIX_BYTES);
  if (!/^\uFEFF?\s*-?\d+[ \t]*\r?\n/.test(prefix)) throw new DxfReadError('notDxf');
  return { stream: new TextGroups(text), encoding: 'utf-16', version: textHeaderValue(prefix, '$ACADVER'), codepage: textHeaderValue(prefix, '$DWGCODEPAGE'), binary: false, notices: [] };
}
