// A problem found in a plan file: where (a JSON path such as
// `site.buildings[0].floors[2].zones[5].polygon`) and what, in both languages.
export type JsonPath = (string | number)[];

export interface PlanProblem {
  /** dotted JSON path; '' for the document itself */
  path: string;
  code: string;
  message: { 'zh-CN': string; en: string };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function problem(path: readonly PropertyKey[], code: string, zh: string, en: string): PlanProblem {
  return { path: formatPath(path), code, message: { 'zh-CN': zh, en } };
}

/** One line per problem, as the command line prints it: `path: 中文 / English`. */
export function describeProblem(p: PlanProblem): string {
  return `${p.path || '(document)'}: ${p.message['zh-CN']} / ${p.message.en}`;
}
