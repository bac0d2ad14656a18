// A thin layer over jsPDF for the reports: A4 landscape, the CJK font registered as normal and
// bold, a running cursor, headings, paragraphs, autoTable tables, and a header and page numbers
// stamped on every page once the document is complete.
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import type { Locale } from '../../floorplan/types.ts';
import { reportText, type ReportText } from '../reportText.ts';
import { FONT_FAMILY, type PdfFonts } from './fonts.ts';

export const PAGE = { width: 297, height: 210, margin: 14, top: 17, bottom: 14 } as const;

export type Rgb = [number, number, number];
export const STATUS_COLORS: Record<'pass' | 'fail' | 'warn' | 'n/a', Rgb> = {
  pass: [34, 139, 34],
  fail: [200, 30, 30],
  warn: [215, 130, 0],
  'n/a': [120, 120, 120],
};

export interface RunningHeader {
  /** left: project and report title */
  left: string;
  /** right: scope, revision and hash */
  right: string;
}

export class ReportWriter {
  readonly doc: jsPDF;
  readonly text: ReportText;
  readonly locale: Locale;
  /** the cursor: top of the next block, mm from the page top */
  y: number = PAGE.top;

  constructor(fonts: PdfFonts, locale: Locale, private readonly header: RunningHeader) {
    this.locale = locale;
    this.text = reportText(locale);
    this.doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
    this.doc.addFileToVFS(`${FONT_FAMILY}-Regular.ttf`, fonts.regular);
    this.doc.addFont(`${FONT_FAMILY}-Regular.ttf`, FONT_FAMILY, 'normal');
    if (fonts.bold) {
      this.doc.addFileToVFS(`${FONT_FAMILY}-Bold.ttf`, fonts.bold);
      this.doc.addFont(`${FONT_FAMILY}-Bold.ttf`, FONT_FAMILY, 'bold');
    } else {
      this.doc.addFont(`${FONT_FAMILY}-Regular.ttf`, FONT_FAMILY, 'bold');
    }
    this.doc.setFont(FONT_FAMILY, 'normal');
    this.doc.setLanguage(locale === 'en' ? 'en-US' : 'zh-CN');
  }

  get contentWidth(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  get bottomLimit(): number {
    return PAGE.height - PAGE.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page when less than `height` mm are left on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottomLimit) this.newPage();
  }

  font(size: number, bold = false): void {
    this.doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
  }

  heading(text: string, size = 14): void {
    this.ensure(size * 0.6 + 12);
    this.font(size, true);
    this.doc.setTextColor(20, 40, 80);
    this.y += size * 0.35;
    this.doc.text(text, PAGE.margin, this.y);
    this.y += size * 0.25 + 2;
    this.doc.setTextColor(0, 0, 0);
    this.font(9);
  }

  paragraph(text: string, size = 9, color: Rgb = [0, 0, 0]): void {
    this.font(size);
    this.doc.setTextColor(...color);
    const lines = this.doc.splitTextToSize(text, this.contentWidth) as string[];
    const lineHeight = size * 0.45;
    for (const line of lines) {
      this.ensure(lineHeight);
      this.y += lineHeight;
      this.doc.text(line, PAGE.margin, this.y);
    }
    this.y += 1.5;
    this.doc.setTextColor(0, 0, 0);
  }

  /** An autoTable at the cursor; the cursor moves below it. */
  table(head: string[], body: RowInput[], options: Partial<UserOptions> = {}): void {
    autoTable(this.doc, {
      startY: this.y + 1,
      head: [head],
      body,
      theme: 'grid',
      margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
      styles: { font: FONT_FAMILY, fontStyle: 'normal', fontSize: 8, cellPadding: 1.2, overflow: 'linebreak', lineColor: [190, 190, 190], lineWidth: 0.1 },
      headStyles: { font: FONT_FAMILY, fontStyle: 'bold', fillColor: [40, 70, 120], textColor: 255 },
      ...options,
    });
    const last = (this.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 5;
  }

  /** Header and "page n of N" on every page after the cover, then the PDF bytes. */
  finish(): Uint8Array {
    const total = this.doc.getNumberOfPages();
    for (let i = 2; i <= total; i++) {
      this.doc.setPage(i);
      this.font(7.5);
      this.doc.setTextColor(90, 90, 90);
      this.doc.text(this.header.left, PAGE.margin, 9);
      this.doc.text(this.header.right, PAGE.width - PAGE.margin, 9, { align: 'right' });
      this.doc.setDrawColor(160, 160, 160);
      this.doc.setLineWidth(0.2);
      this.doc.line(PAGE.margin, 11, PAGE.width - PAGE.margin, 11);
      this.doc.text(this.text.page(i, total), PAGE.width / 2, PAGE.height - 6, { align: 'center' });
    }
    return new Uint8Array(this.doc.output('arraybuffer'));
  }
}
