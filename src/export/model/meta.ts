// The cover data every report carries: project, revision, content hash, date and sign-off names.
import { serializePlan } from '../../floorplan/format/serializePlan.ts';
import type { PlanDocument } from '../../floorplan/types.ts';

/** 编制 / 校核 / 审核 / 签发: prepared, checked, reviewed, approved. Blank lines are left for signatures. */
export interface SignOff {
  preparedBy?: string;
  checkedBy?: string;
  reviewedBy?: string;
  approvedBy?: string;
}

export interface ReportMeta {
  project: string;
  /** the stored revision (persistence) the plan was saved as; null when unsaved */
  revision: number | string | null;
  /** first 16 hex digits of the SHA-256 of the compact plan file: ties the report to exact data */
  contentHash: string;
  /** ISO date of the report and of the check */
  date: string;
  signOff: SignOff;
}

export async function planContentHash(plan: PlanDocument): Promise<string> {
  const bytes = new TextEncoder().encode(serializePlan(plan, { indent: 0 }));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)]
    .slice(0, 8)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface MetaOptions {
  revision?: number | string | null;
  date?: string;
  signOff?: SignOff;
}

export async function reportMeta(plan: PlanDocument, options: MetaOptions = {}): Promise<ReportMeta> {
  return {
    project: plan.name,
    revision: options.revision ?? null,
    contentHash: await planContentHash(plan),
    date: options.date ?? todayIso(),
    signOff: options.signOff ?? {},
  };
}
