// Point-device tools: fresh-air terminal, extinguisher, smoke detector, sprinkler, and a single
// workstation. One click, one command, at the snapped point.
import { addPointDevice } from '../../floorplan/commands/addPointDevice.ts';
import { placeWorkstations } from '../../floorplan/commands/placeWorkstationArray.ts';
import type { Extinguisher, Point } from '../../floorplan/types.ts';
import { ClickTool } from './clickTool.ts';
import type { ToolContext, ToolPointer, ToolPreview } from './types.ts';

export type DeviceToolId = 'airTerminal' | 'extinguisher' | 'detector' | 'sprinkler' | 'workstation';

const PREFIX: Record<DeviceToolId, string> = { airTerminal: 'a', extinguisher: 'x', detector: 'sd', sprinkler: 'sp', workstation: 's' };

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
      default:
        s.execute(addPointDevice, { floorId, collection: this.id === 'detector' ? 'detectors' : 'sprinklers', device: { id, at } });
    }
  }
}
