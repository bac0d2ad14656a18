// Which ids this client makes for new records: every id maker goes through here.
//
// Local (no id space, the default): `${prefix}${n}`, as the file format and the local app have
// always made them (`s2` after `s1`). In a shared project each peer has its own space, a short
// tag: new ids are `${prefix}${n}~${tag}`, n counted among that tag's ids. Every id made in a
// space ends with `~tag` and a tag never holds `~`, so two peers adding at once never make the
// same id (a merge keeps one record per id: the other add would be lost).
//
// The space is a module setting, not an argument: commands are pure functions of (plan, args)
// that the store runs, and the space is a fact of the session (set once when it joins a shared
// project), not of any one edit. A web worker that makes ids must be given it (setIdSpace there).

const SEPARATOR = '~';
const TAG = /^[0-9a-z]{1,16}$/;

let tag: string | null = null;

/** Sets this client's id space: a short base36 tag (e.g. from the Yjs client id), or null for local ids. */
export function setIdSpace(next: string | null): void {
  if (next !== null && !TAG.test(next)) throw new Error(`id space tags are 1-16 of [0-9a-z]: ${JSON.stringify(next)}`);
  tag = next;
}

/** This client's id space tag; null when ids are local. */
export function idSpace(): string | null {
  return tag;
}

/** Whether `id` was made in the id space `space` (default: this client's). */
export function inIdSpace(id: string, space: string | null = tag): boolean {
  return space !== null && id.endsWith(`${SEPARATOR}${space}`);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Makes ids `${prefix}${n}` (with `~tag` in an id space) one at a time, never one in `used`.
 * 'above-highest': n starts above every number already used with the prefix (in this space);
 * 'first-free': n = 1, 2 … (for short lists whose ids were always made so).
 */
export function idCounter(prefix: string, used: ReadonlySet<string>, from: 'above-highest' | 'first-free' = 'above-highest'): () => string {
  const suffix = tag === null ? '' : `${SEPARATOR}${tag}`;
  let next = 1;
  if (from === 'above-highest') {
    const pattern = new RegExp(`^${escape(prefix)}(\\d+)${escape(suffix)}$`);
    for (const id of used) {
      const m = pattern.exec(id);
      if (m) next = Math.max(next, Number(m[1]) + 1);
    }
  }
  return () => {
    let id: string;
    do id = `${prefix}${next++}${suffix}`;
    while (used.has(id));
    return id;
  };
}

/** `count` fresh ids: `${prefix}${n}` above every number used with the prefix (in this space), none in `used`. */
export function freshIds(prefix: string, count: number, used: ReadonlySet<string>): string[] {
  const next = idCounter(prefix, used);
  return Array.from({ length: count }, next);
}

/** The first `${prefix}${n}` (n = 1, 2 …, in this space) not in `taken`. */
export function firstFreeId(prefix: string, taken: ReadonlySet<string>): string {
  return idCounter(prefix, taken, 'first-free')();
}

/**
 * An id made from another (a copied element named after the floor it is copied to): `base`
 * itself locally, `base~tag` in an id space. Always appended, even to an id of this space: a
 * floor holding both `s1` and `s1~tag` must get two different copies.
 */
export function derivedId(base: string): string {
  return tag === null ? base : `${base}${SEPARATOR}${tag}`;
}
