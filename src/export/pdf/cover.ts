// The cover page: title, project, scope, revision, content hash, date and the sign-off chain.
import type { ReportMeta, SignOff } from '../model/meta.ts';
import { PAGE, type ReportWriter } from './reportWriter.ts';

export type SignOffRole = keyof SignOff;

export function drawCover(w: ReportWriter, title: string, meta: ReportMeta, scopeLabel: string, roles: SignOffRole[], note?: string): void {
  const { doc, text } = w;
  doc.setFillColor(40, 70, 120);
  doc.rect(0, 0, PAGE.width, 8, 'F');
  w.font(26, true);
  doc.setTextColor(20, 40, 80);
  doc.text(title, PAGE.margin + 6, 42);
  w.font(16);
  doc.setTextColor(0, 0, 0);
  doc.text(meta.project, PAGE.margin + 6, 56);

  const facts: [string, string][] = [
    [text.scope, scopeLabel],
    [text.revision, meta.revision === null ? '—' : String(meta.revision)],
    [text.contentHash, meta.contentHash],
    [text.date, meta.date],
  ];
  w.font(11);
  let y = 74;
  for (const [label, value] of facts) {
    doc.setTextColor(90, 90, 90);
    doc.text(label, PAGE.margin + 6, y);
    doc.setTextColor(0, 0, 0);
    doc.text(value, PAGE.margin + 46, y);
    y += 8;
  }

  const labels: Record<SignOffRole, string> = {
    preparedBy: text.preparedBy,
    checkedBy: text.checkedBy,
    reviewedBy: text.reviewedBy,
    approvedBy: text.approvedBy,
  };
  w.y = 118;
  w.table(
    [text.role, text.name, text.signature],
    roles.map((r) => [labels[r], meta.signOff[r] ?? '', '']),
    {
      margin: { left: PAGE.margin + 6, right: PAGE.width / 2 },
      styles: { font: 'NotoSansSC', fontSize: 11, cellPadding: 2.5, minCellHeight: 11, lineColor: [150, 150, 150], lineWidth: 0.2 },
      columnStyles: { 0: { cellWidth: 26, fontStyle: 'bold' }, 1: { cellWidth: 50 } },
    },
  );
  if (note) {
    w.y = Math.max(w.y, 176);
    w.paragraph(note, 9, [120, 60, 0]);
  }
}
