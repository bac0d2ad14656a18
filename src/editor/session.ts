// View state that is never saved with the plan: what is selected, which floor is open, camera, language.
import type { Locale } from '../floorplan/types.ts';

export type ViewLevel = 'park' | 'building' | 'floor';
export type CameraMode = 'plan' | '3d';

export interface EditorMessage {
  /** i18n key */
  key: string;
  elementIds: string[];
}

/** A request to frame part of a floor (e.g. a finding's elements); `nonce` makes a repeat request refit. */
export interface FocusRequest {
  floorId: string;
  box: { minX: number; minY: number; maxX: number; maxY: number };
  nonce: number;
}

/** A plan box (m) to frame. */
export interface FitBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Zoom to fit (`box` null: the whole view) or to the selection (`box`: what it covers), asked in
 * the view named `view` (editor/viewFit.ts viewKeyOf); `nonce` makes a repeat request refit.
 */
export interface FitRequest {
  view: string;
  box: FitBox | null;
  nonce: number;
}

export interface Session {
  selection: string[];
  hover: string | null;
  level: ViewLevel;
  buildingId: string | null;
  floorId: string | null;
  camera: CameraMode;
  /** the interface language (src/i18n/uiLocale.ts); a loaded plan's `locale` does not change it */
  locale: Locale;
  /** the last refusal or notice, shown until dismissed or replaced */
  message: EditorMessage | null;
  /** the camera should frame this box while its floor is shown (set by the rule panel) */
  focus: FocusRequest | null;
  /** zoom to fit / to selection (a focus request, when there is one, wins: fitting clears it) */
  fit?: FitRequest | null;
  /** presentation mode: the store refuses every edit and the editor's shortcuts are off */
  readOnly?: boolean;
}

export const initialSession = (locale: Locale = 'zh-CN'): Session => ({
  selection: [],
  hover: null,
  level: 'park',
  buildingId: null,
  floorId: null,
  camera: '3d',
  locale,
  message: null,
  focus: null,
});
