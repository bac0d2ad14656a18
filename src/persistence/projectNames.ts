// A project name not yet in use: "name (2)", "name (3)" … The bracket follows the name's script:
// a Chinese name takes full-width brackets ("园区（2）"), any other the ASCII ones ("Park (2)").
// A name that already ends in such a number counts on from its stem ("Park (2)" → "Park (3)").

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const NUMBERED = /^(.*?)(?: \((\d+)\)|（(\d+)）)$/;

function numbered(stem: string, n: number): string {
  return CJK.test(stem) ? `${stem}（${n}）` : `${stem} (${n})`;
}

/** `name` itself when no project is called so (or it is empty), else the first free "name (n)", n ≥ 2. */
export function distinctProjectName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (name === '' || !used.has(name)) return name;
  const match = NUMBERED.exec(name);
  const stem = match ? match[1]! : name;
  const from = match ? Number(match[2] ?? match[3]) + 1 : 2;
  for (let n = Math.max(2, from); ; n++) {
    const candidate = numbered(stem, n);
    if (!used.has(candidate)) return candidate;
  }
}
