// A headless editor for tests, in tldraw's style: drive tools with pointer events in plan metres
// and check the state path and the resulting plan.
//   const editor = TestEditor.withExample();
//   editor.setTool('wall').pointerDown([22, 22]).pointerUp([22, 22]).pointerDown([30, 22]);
//   editor.expectToBeIn('wall.drawing');
import { expect } from 'vitest';
import { createEditorStore, type EditorStore } from '../../src/editor/store.ts';
import { ToolController } from '../../src/editor/tools/controller.ts';
import type { ToolId, ToolOptions } from '../../src/editor/tools/types.ts';
import { findFloor } from '../../src/floorplan/queries/lookup.ts';
import type { Floor, PlanDocument, Point } from '../../src/floorplan/types.ts';
import { examplePlan } from '../fixtures/plans.ts';

interface Modifiers {
  shift?: boolean;
  ctrl?: boolean;
  alt?: boolean;
}

export class TestEditor {
  readonly store: EditorStore;
  readonly tools: ToolController;

  constructor(plan: PlanDocument, floorId: string | null) {
    this.store = createEditorStore('en');
    this.store.getState().load(plan);
    if (floorId) this.store.getState().openFloor(floorId);
    this.tools = new ToolController(this.store);
  }

  /** The spec example with its floor A-3F open (outline 20.2..79.8 × 20.2..49.8, glass wall at x = 60). */
  static withExample(floorId: string | null = 'A-3F'): TestEditor {
    return new TestEditor(examplePlan(), floorId);
  }

  get plan(): PlanDocument {
    return this.store.getState().plan;
  }

  get floor(): Floor {
    const floorId = this.store.getState().session.floorId;
    const floor = floorId ? findFloor(this.plan, floorId)?.floor : undefined;
    if (!floor) throw new Error('no floor open');
    return floor;
  }

  get selection(): string[] {
    return this.store.getState().session.selection;
  }

  get message(): string | null {
    return this.store.getState().session.message?.key ?? null;
  }

  get preview() {
    return this.tools.state.getState().preview;
  }

  setTool(id: ToolId): this {
    this.tools.setTool(id);
    return this;
  }

  options(change: (o: ToolOptions) => void): this {
    this.tools.setOptions((o) => {
      const next = structuredClone(o);
      change(next);
      return next;
    });
    return this;
  }

  pointerDown(point: Point, mods: Modifiers = {}): this {
    this.tools.pointerDown({ point, ...mods });
    return this;
  }

  pointerMove(point: Point, mods: Modifiers = {}): this {
    this.tools.pointerMove({ point, ...mods });
    return this;
  }

  pointerUp(point: Point, mods: Modifiers = {}): this {
    this.tools.pointerUp({ point, ...mods });
    return this;
  }

  /** Press and release at one point. */
  click(point: Point, mods: Modifiers = {}): this {
    return this.pointerDown(point, mods).pointerUp(point, mods);
  }

  /** Press at `from`, move through `to`, release there. */
  drag(from: Point, to: Point, mods: Modifiers = {}): this {
    return this.pointerDown(from, mods).pointerMove(to, mods).pointerUp(to, mods);
  }

  doubleClick(point: Point): this {
    this.tools.doubleClick({ point });
    return this;
  }

  keyDown(key: string, mods: Modifiers & { meta?: boolean } = {}): this {
    this.tools.keyDown({ key, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt });
    return this;
  }

  undo(): this {
    this.store.getState().undo();
    return this;
  }

  redo(): this {
    this.store.getState().redo();
    return this;
  }

  select(ids: string[]): this {
    this.store.getState().select(ids);
    return this;
  }

  expectToBeIn(path: string): this {
    expect(this.tools.state.getState().path).toBe(path);
    return this;
  }
}
