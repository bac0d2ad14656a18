// Texts as written in DXF to plain text: \U+XXXX (a Unicode character outside the file's code
// page), \M+nXXXX (a double-byte character of code page n), the %% control codes of TEXT, and
// the formatting codes of MTEXT (\P new paragraph, {\fSimSun|b0;…}, \H2.5x;, \S1^2; …).

/** \M+n code page numbers (AutoCAD's MBCS escapes) as decoders. */
const MBCS: Record<string, string> = { '1': 'shift_jis', '2': 'big5', '3': 'euc-kr', '5': 'gbk' };
const mbcsDecoders = new Map<string, TextDecoder>();

function mbcs(page: string, hex: string): string {
  const label = MBCS[page];
  if (!label) return '';
  let d = mbcsDecoders.get(label);
  if (!d) mbcsDecoders.set(label, (d = new TextDecoder(label)));
  const code = parseInt(hex, 16);
  return d.decode(new Uint8Array([code >> 8, code & 255]));
}

/** \U+XXXX and \M+nXXXX escapes (names of layers and blocks, and texts). */
export function decodeEscapes(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  return s
    .replace(/\\U\+([0-9A-Fa-f]{4,5})/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\M\+([1-5])([0-9A-Fa-f]{4})/g, (_, page: string, hex: string) => mbcs(page, hex));
}

/** TEXT / ATTRIB: escapes and the %% codes (%%c ⌀, %%d °, %%p ±, %%u / %%o underline / overline toggles). */
export function plainText(s: string): string {
  let out = decodeEscapes(s);
  if (out.indexOf('%%') >= 0) {
    out = out.replace(/%%(\d{3}|[cCdDpPuUoOkK%])/g, (_, c: string) => {
      if (/^\d{3}$/.test(c)) return String.fromCharCode(Number(c));
      switch (c.toLowerCase()) {
        case 'c': return '⌀';
        case 'd': return '°';
        case 'p': return '±';
        case '%': return '%';
        default: return '';
      }
    });
  }
  return out;
}

/** MTEXT: escapes, then formatting codes removed; paragraphs become new lines. */
export function plainMText(s: string): string {
  const src = decodeEscapes(s);
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '{' || c === '}') continue;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const k = src[i + 1];
    if (k === undefined) break;
    i++;
    switch (k) {
      case 'P':
        out += '\n';
        break;
      case '~':
        out += ' ';
        break;
      case '\\':
      case '{':
      case '}':
        out += k;
        break;
      case 'S': {
        // stacked fraction up to ';': 1^2, 1/2, 1#2 → 1/2
        const end = src.indexOf(';', i + 1);
        const body = end < 0 ? src.slice(i + 1) : src.slice(i + 1, end);
        out += body.replace(/[\^#]/g, '/').replace(/^\/|\/$/g, '');
        i = end < 0 ? src.length : end;
        break;
      }
      case 'L': case 'l': case 'O': case 'o': case 'K': case 'k': case 'N':
        break;
      default: {
        // \f…; \F…; \H…; \W…; \Q…; \T…; \C…; \c…; \A…; \p…: a parameter up to ';'
        if ('fFHWQTCcApXx'.includes(k)) {
          const end = src.indexOf(';', i + 1);
          i = end < 0 ? src.length : end;
        } else out += k;
      }
    }
  }
  return out.replace(/%%([cCdDpP%])/g, (_, c: string) => ({ c: '⌀', d: '°', p: '±', '%': '%' })[c.toLowerCase()] ?? '');
}
