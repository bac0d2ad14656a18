// Point-device tools: fresh-air terminal, extinguisher, smoke detector, sprinkler, smoke exhaust
// inlet, exit / evacuation sign, indoor hydrant, "you are here" mark, and a single workstation.
// One click, one command, at the snapped point.
import { addPointDevice } from '../../floorplan/commands/addPointDevice.ts';
import { placeWorkstations } from '../../floorplan/commands/placeWorkstationArray.ts';
import type { EvacuationMark, ExitSign, Extinguisher, Point } from '../../floorplan/types.ts';
import { ClickTool } from './clickTool.ts';
import type { ToolContext, ToolPointer, ToolPreview } from './types.ts';

export type DeviceToolId = 'airTerminal' | 'extinguisher' | 'detector' | 'sprinkler' | 'smokeExhaust' | 'exitSign' | 'hydrant' | 'evacuationMark' | 'workstation';

/** Id prefixes, as selectionActions.ts gives pasted copies of each collection. */
const PREFIX: Record<DeviceToolId, string> = {
  airTerminal: 'a', extinguisher: 'x', detector: 'sd', sprinkler: 'sp', smokeExhaust: 'se', exitSign: 'es', hydrant: 'h', evacuationMark: 'ym', workstation: 's',
};

/** The collection each plain point device goes into (the ones with no options of their own). */
const PLAIN: Record<'detector' | 'sprinkler' | 'smokeExhaust' | 'hydrant', 'detectors' | 'sprinklers' | 'smokeExhausts' | 'hydrants'> = {
  detector: 'detectors', sprinkler: 'sprinklers', smokeExhaust: 'smokeExhausts', hydrant: 'hydrants',
};

export class DeviceTool extends ClickTool {
  constructor(readonly id: DeviceToolId) {
    super();
  }

  protected target(ctx: ToolContext, e: ToolPointer): Point {
    return ctx.snap(e.point).point;
  }

  protected preview(ctx: ToolContext, at: Point): ToolPreview {
    if (this.id !== 'workstation') return { points: [at] };
    const { width, depth, rotation, role } = ctx.options.desk;
    return { desks: [{ at, rotation, size: [width, depth], role }] };
  }

  protected place(ctx: ToolContext, at: Point | null): void {
    if (!at) return;
    const floorId = ctx.floorId!;
    const id = ctx.newIds(PREFIX[this.id], 1)[0]!;
    const s = ctx.store.getState();
    const o = ctx.options;
    switch (this.id) {
      case 'workstation':
        s.execute(placeWorkstations, { floorId, workstations: [{ id, at, rotation: o.desk.rotation, size: [o.desk.width, o.desk.depth], role: o.desk.role }] });
        return;
      case 'airTerminal':
        s.execute(addPointDevice, { floorId, collection: 'airTerminals', device: { id, at, freshAir: o.airTerminal.freshAir } });
        return;
      case 'extinguisher': {
        const device: Extinguisher = { id, at };
        if (o.extinguisher.rating) device.rating = o.extinguisher.rating;
        if (o.extinguisher.lastInspected) device.lastInspected = o.extinguisher.lastInspected;
        s.execute(addPointDevice, { floorId, collection: 'extinguishers', device });
        return;
      }
      case 'exitSign': {
        const device: ExitSign = { id, at, kind: o.exitSign.kind };
        // an exit sign has no arrow: its rotation is only kept for a direction sign
        if (o.exitSign.kind === 'direction') device.rotation = o.exitSign.rotation;
        s.execute(addPointDevice, { floorId, collection: 'exitSigns', device });
        return;
      }
      case 'evacuationMark': {
        const device: EvacuationMark = { id, at };
        const label = o.evacuationMark.label.trim();
        if (label) device.label = label;
        s.execute(addPointDevice, { floorId, collection: 'evacuationMarks', device });
        return;
      }
      default:
        s.execute(addPointDevice, { floorId, collection: PLAIN[this.id], device: { id, at } });
    }
  }
}
