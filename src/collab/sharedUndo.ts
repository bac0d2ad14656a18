// Undo per person in a shared project: each person undoes their own edits, never a colleague's.
// Yjs's UndoManager does that for one document (it tracks the transactions of one origin, and an
// undo reverts only what those transactions did, on top of whatever others did since); a plan is
// several documents (the root and one per floor), and one command can write to two of them (a new
// floor: its record in the root, its elements in its own document). So each document gets its own
// manager with the person's origin, and a *step* groups the stack items that one command left in
// each document: undo and redo act on whole steps. (y-utility's YMultiDocUndoManager undoes one
// document's item at a time, which would split such a command in two.)
import * as Y from 'yjs';
import { FLOOR_MAP, PLAN_MAP, type PlanDocs } from './docLayout.ts';

type StackItem = Y.UndoManager['undoStack'][number];

/** The stack items one command left, by document manager. */
type Step = Map<Y.UndoManager, StackItem>;

/** Longer than any drag: items of one step merge until the next step begins. */
const ONE_STEP = 2 ** 31;

export class SharedUndo {
  private readonly managers = new Map<Y.Doc, Y.UndoManager>();
  private undoSteps: Step[] = [];
  private redoSteps: Step[] = [];
  /** the step the current command writes into (null until it writes) */
  private current: Step | null = null;
  /** while undoing or redoing: where the managers' new items go */
  private replaying: Step | null = null;

  constructor(
    private readonly docs: PlanDocs,
    /** the transaction origin of this person's edits */
    private readonly origin: unknown,
    /** the most steps kept (the editor's history keeps as many) */
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {
    this.trackNewDocuments();
  }

  /** Follows floor documents added to `docs.floors` since the last call. */
  trackNewDocuments(): void {
    this.track(this.docs.root, this.docs.root.getMap(PLAN_MAP));
    for (const doc of this.docs.floors.values()) this.track(doc, doc.getMap(FLOOR_MAP));
  }

  private track(doc: Y.Doc, scope: Y.Map<unknown>): void {
    if (this.managers.has(doc)) return;
    const manager = new Y.UndoManager(scope, { trackedOrigins: new Set([this.origin]), captureTimeout: ONE_STEP });
    manager.on('stack-item-added', ({ stackItem, type }: { stackItem: StackItem; type: 'undo' | 'redo' }) => {
      if (this.replaying) {
        this.replaying.set(manager, stackItem);
        return;
      }
      if (type !== 'undo') return;
      if (!this.current) this.beginStep();
      this.current!.set(manager, stackItem);
    });
    this.managers.set(doc, manager);
  }

  /**
   * A new step begins (a command, or the first update of a drag): one per step of the editor's
   * history, even one that leaves no item, so the two stacks stay side by side.
   */
  beginStep(): void {
    for (const manager of this.managers.values()) manager.stopCapturing();
    this.current = new Map();
    this.undoSteps.push(this.current);
    if (this.undoSteps.length > this.limit) this.undoSteps.splice(0, this.undoSteps.length - this.limit);
    this.dropRedo();
  }

  /** Steps that undo and redo would replay (the editor's history shows as many). */
  depth(): { undo: number; redo: number } {
    return { undo: this.undoSteps.length, redo: this.redoSteps.length };
  }

  /**
   * The step in progress is dropped (a drag cancelled: its writes and their reversal cancel out);
   * nothing in the documents changes.
   */
  discardStep(): void {
    const step = this.current;
    if (!step) return;
    this.current = null;
    if (this.undoSteps.at(-1) === step) this.undoSteps.pop();
    for (const [manager, item] of step) {
      const index = manager.undoStack.indexOf(item);
      if (index >= 0) manager.undoStack.splice(index, 1);
    }
  }

  canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  /** Reverts this person's last step; true when it changed something. */
  undo(): boolean {
    const step = this.undoSteps.pop();
    if (!step) return false;
    const redo = this.replay(step, 'undo');
    // kept even when empty (nothing left to revert): the redo stack stays beside the editor's
    this.redoSteps.push(redo);
    return redo.size > 0;
  }

  /** Makes this person's last undone step again; true when it changed something. */
  redo(): boolean {
    const step = this.redoSteps.pop();
    if (!step) return false;
    const undo = this.replay(step, 'redo');
    this.undoSteps.push(undo);
    return undo.size > 0;
  }

  /** Forgets every step (another plan was loaded). */
  clear(): void {
    this.undoSteps = [];
    this.redoSteps = [];
    this.current = null;
    for (const manager of this.managers.values()) manager.clear();
  }

  destroy(): void {
    for (const manager of this.managers.values()) manager.destroy();
    this.managers.clear();
  }

  /**
   * Undoes (or redoes) exactly the step's items: each manager is given a stack of that one item
   * for the call, so an item that no longer changes anything (a colleague deleted what it
   * edited) cannot make the manager reach further back into an older step.
   */
  private replay(step: Step, direction: 'undo' | 'redo'): Step {
    this.current = null;
    const opposite: Step = new Map();
    this.replaying = opposite;
    try {
      for (const [manager, item] of step) {
        const stack = direction === 'undo' ? manager.undoStack : manager.redoStack;
        const index = stack.indexOf(item);
        if (index < 0) continue;
        stack.splice(index, 1);
        if (direction === 'undo') {
          manager.undoStack = [item];
          manager.undo();
          manager.undoStack = stack;
        } else {
          manager.redoStack = [item];
          manager.redo();
          manager.redoStack = stack;
        }
      }
    } finally {
      this.replaying = null;
    }
    for (const manager of this.managers.values()) manager.stopCapturing();
    return opposite;
  }

  private dropRedo(): void {
    if (this.redoSteps.length === 0) return;
    this.redoSteps = [];
    for (const manager of this.managers.values()) manager.clear(false, true);
  }
}
