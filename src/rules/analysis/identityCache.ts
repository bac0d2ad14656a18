// Analyses kept across rule runs, keyed by the identity of the plan objects they read. Plans are
// immutable between revisions (the editor edits them with immer, which keeps every untouched
// array and object identical), so an edit elsewhere on the floor finds the earlier result; a
// changed input is a new object and misses. Weak keys: results go when their inputs do.
type Node = { children: WeakMap<object, Node>; values: Map<string, unknown> };

export class IdentityCache<T> {
  private readonly root: Node = { children: new WeakMap(), values: new Map() };

  /** The value for these input objects and this key of plain settings, built on a miss. */
  get(inputs: readonly object[], settingsKey: string, build: () => T): T {
    let node = this.root;
    for (const input of inputs) {
      let next = node.children.get(input);
      if (!next) {
        next = { children: new WeakMap(), values: new Map() };
        node.children.set(input, next);
      }
      node = next;
    }
    if (node.values.has(settingsKey)) return node.values.get(settingsKey) as T;
    const value = build();
    node.values.set(settingsKey, value);
    return value;
  }
}
