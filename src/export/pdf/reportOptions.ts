// What both PDF reports need besides the plan.
import type { Locale } from '../../floorplan/types.ts';
import type { ReportMeta } from '../model/meta.ts';
import type { ReportScope } from '../model/scope.ts';
import type { ReportedRun } from '../../rules/results.ts';
import type { FindingFormatter } from '../model/complianceModel.ts';
import type { FontLoader } from './fonts.ts';

export type ProgressCallback = (fraction: number, stepLabel: string) => void;

export interface PdfReportOptions {
  locale: Locale;
  scope: ReportScope;
  meta: ReportMeta;
  rules: ReportedRun;
  fonts: FontLoader;
  formatFinding?: FindingFormatter;
  onProgress?: ProgressCallback;
}

/** Lets the browser paint the progress bar between steps; costs nothing measurable in Node. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
