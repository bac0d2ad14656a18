// RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break are quoted and their
// quotes doubled. A UTF-8 byte order mark leads the text so Excel reads Chinese correctly.
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

/** Metres to centimetre precision, as a number (no trailing zeros in the file). */
export function roundTo(value: number | null | undefined, digits = 2): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
