// The one editor store: the plan document with its undo history, plus the session (view state).
// Every edit of the plan goes through a named command (src/floorplan/commands), so it can be
// undone, redone, refused and later replayed or autosaved.
import { applyPatches, enablePatches, freeze, produceWithPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Command, Refusal } from '../floorplan/commands/command.ts';
import { documentIds } from '../floorplan/commands/floorElements.ts';
import { findFloor } from '../floorplan/queries/lookup.ts';
import { CURRENT_VERSION } from '../floorplan/format/migrations.ts';
import type { Locale, PlanDocument } from '../floorplan/types.ts';
import { emptyHistory, pushStep, type History, type HistoryStep } from './history.ts';
import { initialSession, type CameraMode, type Session } from './session.ts';
import { selectionFitBox, viewKeyOf } from './viewFit.ts';

enablePatches();

export type ExecuteResult = { ok: true } | { ok: false; refused: Refusal };

interface Interaction {
  /** counts up per interaction: a follower tells one drag from the next */
  id: number;
  /** the document when the interaction began; every update is applied to it afresh */
  base: PlanDocument;
  step: HistoryStep | null;
  /** the last accepted update, run again on a new base when a remote edit arrives mid-drag */
  last: { command: Command<unknown>; args: unknown } | null;
}

/** What a remote edit (another person's, or a shared undo) does to a given plan. */
export interface RemoteChange {
  /** immer patches against that plan */
  patches: readonly Patch[];
  /** the plan with them applied */
  plan: PlanDocument;
}

/**
 * Who undoes and redoes when the project is shared: the store keeps its history's labels (the
 * undo button's title), the owner (the shared session's per-user undo) changes the documents, and
 * the change comes back through `applyRemote`.
 */
export interface HistoryOwner {
  undo(): void;
  redo(): void;
}

/** Refuses a command this user may not run (a role's scope), or lets it through with null. */
export type EditFilter = (command: Command<unknown>) => Refusal | null;

/**
 * What the newest revision changed (the change feed): the patches that turn the plan of the
 * revision before into this one, or a reset when another plan was loaded. Followers (live checks,
 * the rules workers' copies of the plan) apply or read these instead of comparing plans.
 */
export type PlanChangeRecord = { revision: number; patches: readonly Patch[] } | { revision: number; reset: true };

export interface EditorState {
  plan: PlanDocument;
  /** bumps on every change of `plan` (edits, undo, redo, load) */
  revision: number;
  /** what `revision` changed */
  change: PlanChangeRecord;
  /** bumps when another plan is loaded (its checks, reviews and history start afresh) */
  loads: number;
  history: History;
  interaction: Interaction | null;
  session: Session;

  load(plan: PlanDocument): void;
  /**
   * Applies an edit that did not start here (another person's, or a shared undo) outside the
   * history. `changeOf` gives the edit against a plan; a drag in progress is run again on top of
   * it, so neither loses the other.
   */
  applyRemote(changeOf: (plan: PlanDocument) => RemoteChange): void;
  /** null: undo/redo apply this store's own history (the default) */
  setHistoryOwner(owner: HistoryOwner | null): void;
  /** null: every command may run (the default) */
  setEditFilter(filter: EditFilter | null): void;
  /** Forgets the undo and redo steps (the plan stays): a plan published into a shared project starts its history there. */
  clearHistory(): void;
  /** Forgets the redo steps (in a shared project a drag that reached the others ends the redo branch, even when cancelled). */
  dropRedo(): void;
  execute<A>(command: Command<A>, args: A): ExecuteResult;
  beginInteraction(): void;
  /** Replaces the interaction's previous update: args are relative to the state at beginInteraction. */
  update<A>(command: Command<A>, args: A): ExecuteResult;
  commit(): void;
  cancel(): void;
  undo(): void;
  redo(): void;

  select(ids: string[]): void;
  setHover(id: string | null): void;
  openPark(): void;
  openBuilding(buildingId: string): void;
  openFloor(floorId: string): void;
  setCamera(camera: CameraMode): void;
  /** Zoom to fit: frame the whole open view again. */
  fitView(): void;
  /** Zoom to selection: frame what is selected; false (nothing done) when nothing selected is in view. */
  fitSelection(): boolean;
  setLocale(locale: Locale): void;
  dismissMessage(): void;
  /** presentation mode on/off (kept across `load`, so a pack opens straight into it) */
  setReadOnly(readOnly: boolean): void;
}

export const emptyPlan = (): PlanDocument => ({
  format: 'callfloor',
  version: CURRENT_VERSION,
  name: '',
  site: { boundary: [], green: [], buildings: [] },
});

/** The refusal of every edit in presentation mode. */
const READ_ONLY: Refusal = { reasonKey: 'proposals.refused.readOnly', elementIds: [] };

type Outcome = { ok: true; plan: PlanDocument; patches: Patch[]; inversePatches: Patch[] } | { ok: false; refused: Refusal };

function run<A>(plan: PlanDocument, command: Command<A>, args: A): Outcome {
  let refused: Refusal | undefined;
  const [next, patches, inversePatches] = produceWithPatches(plan, (draft) => {
    const outcome = command.apply(draft, args);
    if (outcome) refused = outcome.refused;
  });
  if (refused) return { ok: false, refused };
  return { ok: true, plan: next, patches, inversePatches };
}

/** The session without selected or hovered ids the plan no longer has (an undo can remove them). */
export function sessionWithoutVanished(session: Session, plan: PlanDocument): Session {
  if (session.selection.length === 0 && session.hover === null) return session;
  const ids = documentIds(plan);
  const selection = session.selection.filter((id) => ids.has(id));
  const hover = session.hover !== null && !ids.has(session.hover) ? null : session.hover;
  if (selection.length === session.selection.length && hover === session.hover) return session;
  return { ...session, selection, hover };
}

export type EditorStore = StoreApi<EditorState>;

export function createEditorStore(locale: Locale = 'zh-CN'): EditorStore {
  return createStore<EditorState>()((set, get) => {
    const refusedMessage = (refused: Refusal): Pick<EditorState, 'session'> => ({
      session: { ...get().session, message: { key: refused.reasonKey, elementIds: refused.elementIds } },
    });
    let historyOwner: HistoryOwner | null = null;
    let editFilter: EditFilter | null = null;
    let interactions = 0;
    const filtered = (command: Command<unknown>): Refusal | null => editFilter?.(command) ?? null;

    return {
      plan: emptyPlan(),
      revision: 0,
      change: { revision: 0, reset: true },
      loads: 0,
      history: emptyHistory(),
      interaction: null,
      session: initialSession(locale),

      load(plan) {
        set((s) => ({
          plan: freeze(plan, true),
          revision: s.revision + 1,
          change: { revision: s.revision + 1, reset: true },
          loads: s.loads + 1,
          history: emptyHistory(),
          interaction: null,
          // the interface keeps its language: a plan's `locale` names the language of its reports only
          session: { ...initialSession(s.session.locale), camera: s.session.camera, ...(s.session.readOnly ? { readOnly: true } : {}) },
        }));
      },

      applyRemote(changeOf) {
        const s = get();
        const current = changeOf(s.plan);
        if (current.patches.length === 0) return;
        const interaction = s.interaction;
        const land = (plan: PlanDocument, patches: readonly Patch[], next: Interaction | null): void =>
          set((st) => ({ plan, revision: st.revision + 1, change: { revision: st.revision + 1, patches }, interaction: next, session: sessionWithoutVanished(st.session, plan) }));
        if (!interaction || !interaction.step || !interaction.last) {
          land(current.plan, current.patches, interaction ? { ...interaction, base: current.plan } : null);
          return;
        }
        // a drag in progress: the remote edit goes under it, and the drag's last update runs again
        const base = changeOf(interaction.base);
        const outcome = run(base.plan, interaction.last.command, interaction.last.args);
        if (!outcome.ok) {
          // what was dragged is gone (deleted by the other person): the drag ends with the remote state
          land(current.plan, current.patches, null);
          return;
        }
        const step: HistoryStep = { ...interaction.step, patches: outcome.patches, inversePatches: outcome.inversePatches };
        land(outcome.plan, [...interaction.step.inversePatches, ...base.patches, ...outcome.patches], { ...interaction, base: base.plan, step });
      },

      setHistoryOwner(owner) {
        historyOwner = owner;
      },

      setEditFilter(filter) {
        editFilter = filter;
      },

      clearHistory() {
        if (get().interaction) get().commit();
        set({ history: emptyHistory() });
      },

      dropRedo() {
        if (get().history.redo.length > 0) set((s) => ({ history: { undo: s.history.undo, redo: [] } }));
      },

      execute(command, args) {
        if (get().session.readOnly) return { ok: false, refused: READ_ONLY };
        const refusedHere = filtered(command as Command<unknown>);
        if (refusedHere) {
          set(refusedMessage(refusedHere));
          return { ok: false, refused: refusedHere };
        }
        if (get().interaction) get().commit();
        const outcome = run(get().plan, command, args);
        if (!outcome.ok) {
          set(refusedMessage(outcome.refused));
          return outcome;
        }
        if (outcome.patches.length === 0) return { ok: true };
        const step: HistoryStep = { type: command.type, labelKey: command.labelKey, patches: outcome.patches, inversePatches: outcome.inversePatches };
        set((s) => ({ plan: outcome.plan, revision: s.revision + 1, change: { revision: s.revision + 1, patches: step.patches }, history: pushStep(s.history, step) }));
        return { ok: true };
      },

      beginInteraction() {
        if (get().session.readOnly) return;
        if (get().interaction) get().commit();
        set({ interaction: { id: ++interactions, base: get().plan, step: null, last: null } });
      },

      update(command, args) {
        if (get().session.readOnly) return { ok: false, refused: READ_ONLY };
        const refusedHere = filtered(command as Command<unknown>);
        if (refusedHere) {
          set(refusedMessage(refusedHere));
          return { ok: false, refused: refusedHere };
        }
        const interaction = get().interaction;
        if (!interaction) return get().execute(command, args);
        const outcome = run(interaction.base, command, args);
        // A refused update keeps the last accepted one (a drag stops at the floor's edge).
        if (!outcome.ok) {
          set(refusedMessage(outcome.refused));
          return outcome;
        }
        const step: HistoryStep = { type: command.type, labelKey: command.labelKey, patches: outcome.patches, inversePatches: outcome.inversePatches };
        // each update starts again from the base: back out the previous update, then apply this one
        const patches = interaction.step ? [...interaction.step.inversePatches, ...step.patches] : step.patches;
        set((s) => ({ plan: outcome.plan, revision: s.revision + 1, change: { revision: s.revision + 1, patches }, interaction: { ...interaction, step, last: { command: command as Command<unknown>, args } } }));
        return { ok: true };
      },

      commit() {
        const interaction = get().interaction;
        if (!interaction) return;
        const step = interaction.step;
        if (!step || step.patches.length === 0) {
          set({ interaction: null });
          return;
        }
        set((s) => ({ interaction: null, history: pushStep(s.history, step) }));
      },

      cancel() {
        const interaction = get().interaction;
        if (!interaction) return;
        if (!interaction.step) {
          set({ interaction: null });
          return;
        }
        const patches = interaction.step.inversePatches;
        set((s) => ({ plan: interaction.base, revision: s.revision + 1, change: { revision: s.revision + 1, patches }, interaction: null, session: sessionWithoutVanished(s.session, interaction.base) }));
      },

      undo() {
        if (get().session.readOnly) return;
        if (get().interaction) get().cancel();
        const { history, plan } = get();
        const step = history.undo.at(-1);
        if (!step) return;
        if (historyOwner) {
          historyOwner.undo();
          set((s) => ({ history: { undo: s.history.undo.slice(0, -1), redo: [...s.history.redo, step] } }));
          return;
        }
        const next = applyPatches(plan, step.inversePatches);
        set((s) => ({
          plan: next,
          revision: s.revision + 1,
          change: { revision: s.revision + 1, patches: step.inversePatches },
          session: sessionWithoutVanished(s.session, next),
          history: { undo: history.undo.slice(0, -1), redo: [...history.redo, step] },
        }));
      },

      redo() {
        if (get().session.readOnly) return;
        if (get().interaction) get().cancel();
        const { history, plan } = get();
        const step = history.redo.at(-1);
        if (!step) return;
        if (historyOwner) {
          historyOwner.redo();
          set((s) => ({ history: { undo: [...s.history.undo, step], redo: s.history.redo.slice(0, -1) } }));
          return;
        }
        const next = applyPatches(plan, step.patches);
        set((s) => ({
          plan: next,
          revision: s.revision + 1,
          change: { revision: s.revision + 1, patches: step.patches },
          session: sessionWithoutVanished(s.session, next),
          history: { undo: [...history.undo, step], redo: history.redo.slice(0, -1) },
        }));
      },

      select(ids) {
        set((s) => ({ session: { ...s.session, selection: ids } }));
      },
      setHover(id) {
        if (get().session.hover === id) return;
        set((s) => ({ session: { ...s.session, hover: id } }));
      },
      openPark() {
        set((s) => ({ session: { ...s.session, level: 'park', buildingId: null, floorId: null, selection: [], hover: null } }));
      },
      openBuilding(buildingId) {
        set((s) => ({ session: { ...s.session, level: 'building', buildingId, floorId: null, selection: [], hover: null } }));
      },
      openFloor(floorId) {
        const ref = findFloor(get().plan, floorId);
        if (!ref) return;
        set((s) => ({
          session: { ...s.session, level: 'floor', buildingId: ref.building.id, floorId, selection: [], hover: null },
        }));
      },
      fitView() {
        set((s) => ({ session: { ...s.session, focus: null, fit: { view: viewKeyOf(s.session), box: null, nonce: (s.session.fit?.nonce ?? 0) + 1 } } }));
      },
      fitSelection() {
        const box = selectionFitBox(get().plan, get().session);
        if (!box) return false;
        set((s) => ({ session: { ...s.session, focus: null, fit: { view: viewKeyOf(s.session), box, nonce: (s.session.fit?.nonce ?? 0) + 1 } } }));
        return true;
      },
      setCamera(camera) {
        set((s) => ({ session: { ...s.session, camera } }));
      },
      setLocale(locale) {
        set((s) => ({ session: { ...s.session, locale } }));
      },
      dismissMessage() {
        set((s) => ({ session: { ...s.session, message: null } }));
      },
      setReadOnly(readOnly) {
        if (readOnly && get().interaction) get().cancel();
        set((s) => ({ session: { ...s.session, readOnly, selection: readOnly ? [] : s.session.selection } }));
      },
    };
  });
}
