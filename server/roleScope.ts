// Which parts of a plan a role may change, checked on every update the server accepts (issue 19).
// Owners and planners change everything; viewers nothing (refused earlier, as read-only); a
// facility manager only what src/collab/roleScope.ts declares (FACILITY_MANAGER_SCOPE: the
// inspection log, the reviews, and the register fields of fire devices).
//
// The update is decoded, never applied to a copy: each item it inserts is placed by walking up
// its parents, which are either a shared type's name, an item of the live document (its parent
// chain is already integrated there), or another item of the same update; an item written after
// a sibling (origin) sits where that sibling sits. Each item it deletes is looked up in the live
// document and placed the same way. The Yjs path found (shared type, map keys, array elements)
// becomes a plan path (planPathOf) and is checked against the role's scope. Anything the walk
// cannot place (a parent neither here nor in the update, a shared type outside the layout, a
// delete of something the server does not have) is refused: a false pass is worse than a
// refusal. The cost is the update's size times the layout's depth, whatever the document's size:
// places are remembered per item within one check.
import * as Y from 'yjs';
import { ARRAY_ELEMENT, pathInScope, planPathOf, type DocumentKind, type YjsStep } from '../src/collab/roleScope.ts';
import type { DocumentName } from './documentNames.ts';
import type { Role } from './roles.ts';

export interface ScopeCheck {
  readonly role: Role;
  readonly document: DocumentName;
  /** the Yjs update (v1) about to be applied */
  readonly update: Uint8Array;
  /** the live document it is about to be applied to (read, never changed) */
  readonly doc: Y.Doc;
}

export interface ScopeRefusal {
  readonly reason: 'out-of-role';
  /** what the update would have changed, for the log: e.g. `floor:workstations/d1/at` */
  readonly change: string;
}

/** The refusal when the update changes anything outside the role's scope, or null to let it through. */
export function refuseOutOfScopeUpdate(check: ScopeCheck): ScopeRefusal | null {
  if (check.role === 'owner' || check.role === 'planner') return null;
  const kind: DocumentKind = check.document.kind === 'project' ? 'root' : 'floor';
  let change: string | null;
  try {
    change = new UpdateScope(check.doc, kind, check.role, Y.decodeUpdate(check.update)).firstChangeOutside();
  } catch (error) {
    // an update the walk chokes on (a parent chain deep enough to exhaust the stack, say)
    change = `unreadable (${String(error)})`;
  }
  return change === null ? null : { reason: 'out-of-role', change };
}

/** Where an item sits: under a shared type, by map keys and array elements. */
interface Place {
  readonly root: string;
  readonly steps: readonly YjsStep[];
}

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
/** a shared type, whatever its events */
type SharedType = Y.AbstractType<Y.YEvent<any>>;

class UpdateScope {
  /** the update's items and GCs by client, in clock order (Skips are gaps, left out) */
  private readonly updateStructs = new Map<number, (Y.Item | Y.GC)[]>();
  private readonly places = new Map<Y.Item, Place | null>();
  private readonly rootNames = new Map<SharedType, string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly kind: DocumentKind,
    private readonly role: Role,
    private readonly decoded: DecodedUpdate,
  ) {
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Skip) continue;
      let list = this.updateStructs.get(struct.id.client);
      if (!list) this.updateStructs.set(struct.id.client, (list = []));
      list.push(struct);
    }
    for (const [name, type] of doc.share) this.rootNames.set(type, name);
  }

  /** A description of the first change outside the scope, or null when there is none. */
  firstChangeOutside(): string | null {
    for (const struct of this.decoded.structs) {
      // GC structs hold no content and sit in no type: they only say a range of clocks is gone
      if (!(struct instanceof Y.Item)) continue;
      // already in the document (a peer's edit relayed): applying it again changes nothing
      if (struct.id.clock + struct.length <= Y.getState(this.doc.store, struct.id.client)) continue;
      const outside = this.outside(this.placeOf(struct));
      if (outside !== null) return outside;
    }
    for (const [client, deletes] of this.decoded.ds.clients) {
      for (const { clock, len } of deletes) {
        const outside = this.deletionOutside(client, clock, clock + len);
        if (outside !== null) return outside;
      }
    }
    return null;
  }

  private deletionOutside(client: number, clock: number, end: number): string | null {
    const state = Y.getState(this.doc.store, client);
    if (clock < state) {
      const structs = this.doc.store.clients.get(client) ?? [];
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= end) break;
        // deleting what is already deleted (a client's sync sends its whole delete set) changes nothing
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const outside = this.outside(this.placeOf(struct));
        if (outside !== null) return outside;
      }
    }
    // beyond the document's state only what this update inserts may be deleted (checked above);
    // anything else would wait in the document and delete a peer's item when it arrives
    for (let at = Math.max(clock, state); at < end; ) {
      const struct = this.updateStruct(client, at);
      if (!struct) return `a delete of ${client}:${at}, which the document does not have`;
      at = struct.id.clock + struct.length;
    }
    return null;
  }

  /** null when the place is in scope, else what it is. */
  private outside(place: Place | null): string | null {
    if (!place) return 'an item the document cannot place';
    const path = planPathOf(this.kind, place.root, place.steps);
    if (path === null) return `${this.kind}:${place.root} (outside the plan)`;
    return pathInScope(this.role, this.kind, path) ? null : `${this.kind}:${path.join('/') || '(the whole plan)'}`;
  }

  /** Where an item (of the live document or of the update) sits, or null when that cannot be told. */
  private placeOf(item: Y.Item): Place | null {
    const known = this.places.get(item);
    if (known !== undefined) return known;
    // a run of items each written after the previous one (an offline session's inserts) all
    // share the place of the first: follow it without recursing
    const run: Y.Item[] = [];
    let current: Y.Item = item;
    let place: Place | null | undefined;
    for (;;) {
      const cached = this.places.get(current);
      if (cached !== undefined) {
        place = cached;
        break;
      }
      if (this.isLive(current)) {
        place = this.placeOfLive(current);
        break;
      }
      const neighbourId = current.origin ?? current.rightOrigin;
      if (neighbourId === null) {
        place = this.placeByParent(current);
        break;
      }
      run.push(current);
      // as Yjs does: an item beside a GC'd one is dropped, so it cannot be placed (refused)
      const neighbour = this.findStruct(neighbourId);
      if (!(neighbour instanceof Y.Item)) {
        place = null;
        break;
      }
      current = neighbour;
    }
    for (const member of run) this.places.set(member, place);
    this.places.set(item, place);
    return place;
  }

  /** An update item with no neighbour: its parent is named (a shared type) or an item's ID. */
  private placeByParent(item: Y.Item): Place | null {
    const parent = item.parent as unknown;
    const step: YjsStep = item.parentSub ?? ARRAY_ELEMENT;
    if (typeof parent === 'string') return { root: parent, steps: [step] };
    if (!(parent instanceof Y.ID)) return null;
    const parentItem = this.findStruct(parent);
    if (!(parentItem instanceof Y.Item) || !(parentItem.content instanceof Y.ContentType)) return null;
    const above = this.placeOf(parentItem);
    return above && { root: above.root, steps: [...above.steps, step] };
  }

  /** An item of the live document: its parent is an integrated type. */
  private placeOfLive(item: Y.Item): Place | null {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    const step: YjsStep = item.parentSub ?? ARRAY_ELEMENT;
    if (parent._item === null) {
      const root = this.rootNames.get(parent);
      return root === undefined ? null : { root, steps: [step] };
    }
    const above = this.placeOf(parent._item);
    return above && { root: above.root, steps: [...above.steps, step] };
  }

  private isLive(item: Y.Item): boolean {
    return item.parent instanceof Y.AbstractType;
  }

  /** The struct holding `id`: the live document's when it has the clock, else the update's. */
  private findStruct(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const structs = this.doc.store.clients.get(id.client)!;
      return structs[Y.findIndexSS(structs, id.clock)];
    }
    return this.updateStruct(id.client, id.clock);
  }

  private updateStruct(client: number, clock: number): Y.Item | Y.GC | undefined {
    const structs = this.updateStructs.get(client);
    if (!structs) return undefined;
    let low = 0;
    let high = structs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = structs[middle]!;
      if (clock < struct.id.clock) high = middle - 1;
      else if (clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }
}
