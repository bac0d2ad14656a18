// The dock layout as a small store of its own (a user preference, never part of the plan or its
// undo history), saved on every change.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { clampDockWidth, loadLayout, pickTab, saveLayout, type DockLayout, type DockSide, type RightTab } from './dockLayout.ts';

interface LayoutStore {
  layout: DockLayout;
  setOpen(side: DockSide, open: boolean): void;
  setWidth(side: DockSide, width: number): void;
  pickTab(tab: RightTab): void;
  /** brings a tab to the front without folding (a finding asks for the properties, say) */
  showTab(tab: RightTab): void;
}

const windowWidth = (): number => (typeof window === 'undefined' ? 1440 : window.innerWidth);

export const layoutStore = createStore<LayoutStore>()((set, get) => {
  const update = (layout: DockLayout): void => {
    saveLayout(layout);
    set({ layout });
  };
  return {
    layout: loadLayout(),
    setOpen: (side, open) => {
      const { layout } = get();
      update(side === 'left' ? { ...layout, left: { ...layout.left, open } } : { ...layout, right: { ...layout.right, open } });
    },
    setWidth: (side, width) => {
      const { layout } = get();
      const w = clampDockWidth(width, windowWidth());
      update(side === 'left' ? { ...layout, left: { ...layout.left, width: w } } : { ...layout, right: { ...layout.right, width: w } });
    },
    pickTab: (tab) => update(pickTab(get().layout, tab)),
    showTab: (tab) => {
      const { layout } = get();
      update({ ...layout, right: { ...layout.right, open: true, tab } });
    },
  };
});

export function useDockLayout<T>(select: (s: LayoutStore) => T): T {
  return useStore(layoutStore, select);
}
