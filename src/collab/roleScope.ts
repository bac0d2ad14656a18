// What each project role may change in the documents (issue 19), declared once for the server,
// which refuses an update that reaches outside it, and for the app, which refuses the commands
// a role may not run before they become updates. A facility manager keeps the fire register:
// the inspection log, the reviews (finding decisions and device actions) and the date of each
// fire device's last inspection; everything else is read-only to them.
//
// Scopes are over plan paths, not Yjs paths: collection names, record keys and field names, as
// the plan has them (['inspections', 'insp-3', 'result'], ['extinguishers', 'x1', 'lastInspected']).
// `planPathOf` turns the path of a change inside a document into one, reading the layout
// (planShape.ts, docLayout.ts). A path means "this, or something inside it".
import { FLOOR_MAP, ITEMS, PLAN_MAP } from './docLayout.ts';
import { FLOOR_CONTENT_SHAPE, PLAN_SHAPE, fieldShape, type Shape } from './planShape.ts';

/** The roles a share link can carry (the server's roles.ts declares the same four). */
export type CollabRole = 'owner' | 'planner' | 'facility-manager' | 'viewer';

/** The project's root document, or one of its floor documents. */
export type DocumentKind = 'root' | 'floor';

/** In a scope pattern: any record key. */
export const ANY_KEY: unique symbol = Symbol('any record key');

export interface ScopePattern {
  readonly document: DocumentKind;
  /** a plan path whose every step is matched literally, except ANY_KEY */
  readonly path: readonly (string | typeof ANY_KEY)[];
}

/**
 * The floor collections whose records are fire equipment in the register (fireDevicesOf):
 * doors count when fire-rated and luminaires when emergency ones; the scope does not read the
 * record, so the date may be set on any door or luminaire (a harmless field on the others).
 */
export const FIRE_REGISTER_COLLECTIONS = ['extinguishers', 'detectors', 'sprinklers', 'doors', 'luminaires', 'exitSigns', 'hydrants', 'smokeExhausts'] as const;

/** The fields of a fire device that the register writes (markInspected). */
export const FIRE_REGISTER_FIELDS = ['lastInspected'] as const;

/** Everything a facility manager may change; a change anywhere else is refused. */
export const FACILITY_MANAGER_SCOPE: readonly ScopePattern[] = [
  // the inspection log and the reviews, whole: records added, edited and removed, the list made
  { document: 'root', path: ['inspections'] },
  { document: 'root', path: ['reviews'] },
  // on each floor: only the register fields of existing fire devices
  ...FIRE_REGISTER_COLLECTIONS.flatMap((collection) => FIRE_REGISTER_FIELDS.map((field): ScopePattern => ({ document: 'floor', path: [collection, ANY_KEY, field] }))),
];

/**
 * The commands (Command.type) a facility manager may run: the register's inspections and device
 * actions and the review of findings. Each writes inside FACILITY_MANAGER_SCOPE only (a test runs
 * each one and checks its updates against the scope); the app refuses the others.
 */
export const FACILITY_MANAGER_COMMANDS: readonly string[] = [
  'fire/mark-inspected',
  'register/set-action',
  'register/close-action',
  'reviews/set',
  'reviews/setAction',
];

/** Whether the role may run the command (viewers run none). */
export function commandInScope(role: CollabRole, commandType: string): boolean {
  switch (role) {
    case 'owner':
    case 'planner':
      return true;
    case 'facility-manager':
      return FACILITY_MANAGER_COMMANDS.includes(commandType);
    default:
      return false;
  }
}

/** Whether the role may change what is at `path` (a plan path, see planPathOf) in a document of that kind. */
export function pathInScope(role: CollabRole, document: DocumentKind, path: readonly string[]): boolean {
  switch (role) {
    case 'owner':
    case 'planner':
      return true;
    case 'facility-manager':
      return FACILITY_MANAGER_SCOPE.some((pattern) => pattern.document === document && matchesPrefix(pattern.path, path));
    default:
      return false;
  }
}

function matchesPrefix(pattern: ScopePattern['path'], path: readonly string[]): boolean {
  if (path.length < pattern.length) return false;
  return pattern.every((step, i) => step === ANY_KEY || step === path[i]);
}

/** In a Yjs path: an element of a Y.Array (whose index does not matter here). */
export const ARRAY_ELEMENT: unique symbol = Symbol('array element');

/** A step down from a shared type: a Y.Map entry's key, or an element of a Y.Array. */
export type YjsStep = string | typeof ARRAY_ELEMENT;

/**
 * The plan path of a change inside a document: `rootName` is the shared type it hangs from, and
 * `steps` lead from there to the changed entry. A collection's `items` entry and key become the
 * record's key; its `order` and `present` (membership and order) are the collection itself.
 * Null when the change is outside the plan: another shared type (`meta`, or a name the layout
 * does not have).
 */
export function planPathOf(document: DocumentKind, rootName: string, steps: readonly YjsStep[]): string[] | null {
  const rootShape = document === 'root' ? (rootName === PLAN_MAP ? PLAN_SHAPE : null) : rootName === FLOOR_MAP ? FLOOR_CONTENT_SHAPE : null;
  if (!rootShape) return null;
  const path: string[] = [];
  let shape: Shape = rootShape;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    // an array's elements are inside the array (an `order`, or a value), so the path ends there
    if (step === ARRAY_ELEMENT) break;
    if (shape.kind === 'collection') {
      const key = steps[i + 1];
      // `order`, `present`, or `items` itself: the collection's membership or order
      if (step !== ITEMS || key === undefined || key === ARRAY_ELEMENT) break;
      path.push(key);
      shape = shape.item;
      i++;
      continue;
    }
    path.push(step);
    shape = shape.kind === 'record' ? fieldShape(shape, step) : shape;
  }
  return path;
}
