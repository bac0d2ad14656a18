import { describe, expect, it } from 'vitest';
import { ARRAY_ELEMENT, FACILITY_MANAGER_COMMANDS, FIRE_REGISTER_COLLECTIONS, commandInScope, pathInScope, planPathOf } from '../../src/collab/roleScope.ts';
import { closeDeviceAction, setDeviceAction } from '../../src/floorplan/commands/deviceActions.ts';
import { markInspected } from '../../src/floorplan/commands/markInspected.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { setReview, setReviewAction } from '../../src/floorplan/commands/setReview.ts';
import { FIRE_DEVICE_TYPES, fireDevicesOf } from '../../src/floorplan/register/fireDevices.ts';
import { FLOOR_COLLECTIONS, type Floor } from '../../src/floorplan/types.ts';
import { registerPlan } from './roleScopeFixture.ts';

describe('pathInScope', () => {
  const fm = (document: 'root' | 'floor', ...path: string[]) => pathInScope('facility-manager', document, path);

  it('lets a facility manager change the inspection log and the reviews, whole, in the root document', () => {
    expect(fm('root', 'inspections')).toBe(true);
    expect(fm('root', 'inspections', 'insp-1')).toBe(true);
    expect(fm('root', 'inspections', 'insp-1', 'result')).toBe(true);
    expect(fm('root', 'reviews')).toBe(true);
    expect(fm('root', 'reviews', 'fire.x|B|F1|d1', 'decision')).toBe(true);
  });

  it('and nothing else of the root document', () => {
    expect(fm('root')).toBe(false);
    expect(fm('root', 'name')).toBe(false);
    expect(fm('root', 'tenants', 't1', 'name')).toBe(false);
    expect(fm('root', 'site', 'buildings', 'B', 'floors', 'F1', 'name')).toBe(false);
    expect(fm('root', 'proposals', 'p1', 'site', 'buildings', 'B', 'floors', 'F1', 'extinguishers', 'x1', 'lastInspected')).toBe(false);
    // the names of the root's lists mean nothing in a floor document
    expect(fm('floor', 'inspections')).toBe(false);
  });

  it('lets a facility manager set only the register field of a fire device on a floor', () => {
    for (const collection of FIRE_REGISTER_COLLECTIONS) expect(fm('floor', collection, 'any-id', 'lastInspected'), collection).toBe(true);
    expect(fm('floor', 'extinguishers', 'x1', 'at')).toBe(false);
    expect(fm('floor', 'extinguishers', 'x1', 'rating')).toBe(false);
    // adding, removing or reordering devices
    expect(fm('floor', 'extinguishers', 'x1')).toBe(false);
    expect(fm('floor', 'extinguishers')).toBe(false);
    expect(fm('floor', 'workstations', 'd1', 'lastInspected')).toBe(false);
    expect(fm('floor', 'walls', 'w1', 'a')).toBe(false);
    expect(fm('floor', 'underlay')).toBe(false);
    expect(fm('floor')).toBe(false);
    expect(fm('root', 'extinguishers', 'x1', 'lastInspected')).toBe(false);
  });

  it('lets owners and planners change everything and viewers nothing', () => {
    for (const role of ['owner', 'planner'] as const) {
      expect(pathInScope(role, 'root', [])).toBe(true);
      expect(pathInScope(role, 'floor', ['workstations', 'd1', 'at'])).toBe(true);
    }
    expect(pathInScope('viewer', 'root', ['inspections'])).toBe(false);
    expect(pathInScope('viewer', 'floor', ['extinguishers', 'x1', 'lastInspected'])).toBe(false);
  });
});

describe('planPathOf: a change inside a document as a plan path', () => {
  it('reads collections by key, and their order and presence as the collection itself', () => {
    expect(planPathOf('root', 'plan', ['inspections', 'items', 'insp-1', 'result'])).toEqual(['inspections', 'insp-1', 'result']);
    expect(planPathOf('root', 'plan', ['inspections', 'items', 'insp-1'])).toEqual(['inspections', 'insp-1']);
    expect(planPathOf('root', 'plan', ['inspections', 'items'])).toEqual(['inspections']);
    expect(planPathOf('root', 'plan', ['inspections', 'order', ARRAY_ELEMENT])).toEqual(['inspections']);
    expect(planPathOf('root', 'plan', ['inspections', 'present'])).toEqual(['inspections']);
    expect(planPathOf('root', 'plan', ['inspections'])).toEqual(['inspections']);
    expect(planPathOf('root', 'plan', ['site', 'buildings', 'items', 'B', 'floors', 'items', 'F1', 'name'])).toEqual(['site', 'buildings', 'B', 'floors', 'F1', 'name']);
    expect(planPathOf('root', 'plan', ['site', 'buildings', 'order', ARRAY_ELEMENT])).toEqual(['site', 'buildings']);
    expect(planPathOf('floor', 'floor', ['extinguishers', 'items', 'x1', 'lastInspected'])).toEqual(['extinguishers', 'x1', 'lastInspected']);
    expect(planPathOf('floor', 'floor', ['zones', 'items', 'z1', 'fixtures', 'maleWc'])).toEqual(['zones', 'z1', 'fixtures', 'maleWc']);
    // a record key that happens to be named like a layout entry is still a key
    expect(planPathOf('floor', 'floor', ['workstations', 'items', 'items', 'at'])).toEqual(['workstations', 'items', 'at']);
  });

  it('keeps the steps below a plain value, and stops at an array element', () => {
    expect(planPathOf('floor', 'floor', ['extinguishers', 'items', 'x1', 'lastInspected', 'inner'])).toEqual(['extinguishers', 'x1', 'lastInspected', 'inner']);
    expect(planPathOf('floor', 'floor', ['extinguishers', 'items', 'x1', ARRAY_ELEMENT])).toEqual(['extinguishers', 'x1']);
    expect(planPathOf('root', 'plan', [ARRAY_ELEMENT])).toEqual([]);
  });

  it('places nothing outside the plan: meta, a floor map in the root, unknown shared types', () => {
    expect(planPathOf('root', 'meta', ['layout'])).toBeNull();
    expect(planPathOf('root', 'floor', ['walls'])).toBeNull();
    expect(planPathOf('floor', 'plan', ['inspections'])).toBeNull();
    expect(planPathOf('floor', 'meta', [])).toBeNull();
    expect(planPathOf('root', 'evil', ['inspections'])).toBeNull();
  });
});

describe('what a facility manager may run', () => {
  it('is the register\'s and the reviews\' commands, named by their real types', () => {
    const commands = [markInspected, setDeviceAction, closeDeviceAction, setReview, setReviewAction];
    expect([...FACILITY_MANAGER_COMMANDS].sort()).toEqual(commands.map((command) => command.type).sort());
    for (const command of commands) expect(commandInScope('facility-manager', command.type)).toBe(true);
    expect(commandInScope('facility-manager', moveElements.type)).toBe(false);
    expect(commandInScope('planner', moveElements.type)).toBe(true);
    expect(commandInScope('owner', moveElements.type)).toBe(true);
    expect(commandInScope('viewer', markInspected.type)).toBe(false);
  });

  it('the register\'s collections are exactly those its fire devices come from', () => {
    const floor = registerPlan().site.buildings[0]!.floors[0]!;
    const devices = fireDevicesOf(floor);
    // the fixture has every type, so every collection the register reads shows up
    expect(new Set(devices.map((device) => device.type))).toEqual(new Set(FIRE_DEVICE_TYPES));
    const collectionOf = (id: string) => FLOOR_COLLECTIONS.find((collection) => (floor[collection] as Floor['walls']).some((element) => element.id === id));
    expect(new Set(devices.map((device) => collectionOf(device.id)))).toEqual(new Set(FIRE_REGISTER_COLLECTIONS));
  });
});
