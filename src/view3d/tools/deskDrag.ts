// Moves the dragged desks and their chairs by an offset straight in the instance buffers: their
// matrices are copied once when the drag starts, and each pointer move writes only those
// instances' translations and uploads only the range they span. In plan the desks are baked
// copies (geometry/bakedCopies.ts): the same matrices, re-baked over that range.
import type * as THREE from 'three';
import type { Workstation } from '../../floorplan/types.ts';
import { BakedCopies } from '../geometry/bakedCopies.ts';

/** Desks or chairs as drawn: instanced (3D) or a mesh of baked copies (plan). */
export type DeskLayer = THREE.InstancedMesh | THREE.Mesh<BakedCopies>;

function matricesOf(mesh: DeskLayer): Float32Array {
  return mesh.geometry instanceof BakedCopies ? mesh.geometry.matrices : ((mesh as THREE.InstancedMesh).instanceMatrix.array as Float32Array);
}

/** Matrix elements per instance; the translation is at 12 (x), 13 (y), 14 (z). */
const STRIDE = 16;

export class DeskDrag {
  private readonly indices: Int32Array;
  private readonly deskBase: Float32Array;
  private readonly chairBase: Float32Array;
  private readonly first: number;
  private readonly last: number;

  constructor(private readonly desks: DeskLayer, private readonly chairs: DeskLayer, workstations: readonly Workstation[], readonly ids: readonly string[]) {
    const wanted = new Set(ids);
    const found: number[] = [];
    workstations.forEach((ws, i) => {
      if (wanted.has(ws.id)) found.push(i);
    });
    this.indices = Int32Array.from(found);
    this.first = found.length ? found[0]! : 0;
    this.last = found.length ? found[found.length - 1]! : -1;
    this.deskBase = copyInstances(desks, this.indices);
    this.chairBase = copyInstances(chairs, this.indices);
    // the meshes' bounds are recomputed when the plan changes on release; until then never cull
    desks.frustumCulled = false;
    chairs.frustumCulled = false;
  }

  get count(): number {
    return this.indices.length;
  }

  /** Draws the dragged instances moved by plan (dx, dy): world x += dx, z −= dy. */
  offset(dx: number, dy: number): void {
    this.write(this.desks, this.deskBase, dx, dy);
    this.write(this.chairs, this.chairBase, dx, dy);
  }

  /** Puts the dragged instances back where the plan has them. */
  restore(): void {
    this.offset(0, 0);
    this.desks.frustumCulled = true;
    this.chairs.frustumCulled = true;
  }

  private write(mesh: DeskLayer, base: Float32Array, dx: number, dy: number): void {
    const target = matricesOf(mesh);
    const indices = this.indices;
    for (let k = 0; k < indices.length; k++) {
      const to = indices[k]! * STRIDE;
      const from = k * STRIDE;
      target.set(base.subarray(from, from + STRIDE), to);
      target[to + 12] = base[from + 12]! + dx;
      target[to + 14] = base[from + 14]! - dy;
    }
    if (indices.length === 0) return;
    if (mesh.geometry instanceof BakedCopies) {
      mesh.geometry.bake(this.first, this.last);
      return;
    }
    const attribute = (mesh as THREE.InstancedMesh).instanceMatrix;
    attribute.clearUpdateRanges();
    attribute.addUpdateRange(this.first * STRIDE, (this.last - this.first + 1) * STRIDE);
    attribute.needsUpdate = true;
  }
}

function copyInstances(mesh: DeskLayer, indices: Int32Array): Float32Array {
  const source = matricesOf(mesh);
  const out = new Float32Array(indices.length * STRIDE);
  for (let k = 0; k < indices.length; k++) out.set(source.subarray(indices[k]! * STRIDE, indices[k]! * STRIDE + STRIDE), k * STRIDE);
  return out;
}
