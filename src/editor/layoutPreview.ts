// The auto-layout being previewed over its floor (never part of the plan): the layout panel sets
// it, the plan view draws it (view3d/tools/LayoutPreview.tsx), Apply or Clear ends it.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Workstation } from '../floorplan/types.ts';

export interface LayoutPreviewState {
  preview: { floorId: string; workstations: Workstation[] } | null;
  show(floorId: string, workstations: Workstation[]): void;
  clear(): void;
}

export const layoutPreviewStore = createStore<LayoutPreviewState>()((set) => ({
  preview: null,
  show: (floorId, workstations) => set({ preview: { floorId, workstations } }),
  clear: () => set({ preview: null }),
}));

export function useLayoutPreview<T>(selector: (state: LayoutPreviewState) => T): T {
  return useStore(layoutPreviewStore, selector);
}
