// Many copies of one small geometry baked into one plain buffer, each placed by its own matrix:
// what an InstancedMesh draws, without instancing. Software WebGL (SwiftShader: headless Chromium,
// machines without a GPU) pays about 20 µs per instance of an instanced draw whatever its size, so
// a plan of 2,000 desks, chairs and ceiling devices spent some 200 ms a frame in instancing alone;
// baked, the same copies cost a few ms. Used by the plan view, where the camera looks straight
// down: there only the triangles seen from above are kept (a box's top face, a sphere's upper
// half), so the picture is the same with a fraction of the triangles.
import * as THREE from 'three';

/** |normal.y| below this: a face seen edge-on from straight above (a box's side), never visible in plan. */
const EDGE_ON = 1e-3;
const FLOATS_PER_MATRIX = 16;

export interface BakeOptions {
  /** keep only the triangles the plan camera (straight down) sees: facing up, or either way for a double-sided material */
  seenFromAbove?: 'front' | 'double-sided';
  /** a colour per copy (setColorAt), written as vertex colours; draw with a material that has vertexColors */
  colorPerCopy?: boolean;
}

/**
 * The source's triangles (non-indexed) that a camera looking straight down can see. Valid for
 * copies turned about the vertical and scaled by positive factors only: those keep a face's
 * up or down.
 */
function facesSeenFromAbove(source: THREE.BufferGeometry, side: 'front' | 'double-sided'): THREE.BufferGeometry {
  const flat = source.index ? source.toNonIndexed() : source.clone();
  const position = flat.getAttribute('position');
  const keep: number[] = [];
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  for (let t = 0; t + 2 < position.count; t += 3) {
    a.fromBufferAttribute(position, t);
    b.fromBufferAttribute(position, t + 1);
    c.fromBufferAttribute(position, t + 2);
    const normal = b.sub(a).cross(c.sub(a));
    const length = normal.length();
    if (length === 0) continue;
    const up = normal.y / length;
    if (up > EDGE_ON || (side === 'double-sided' && up < -EDGE_ON)) keep.push(t);
  }
  const out = new THREE.BufferGeometry();
  for (const name of ['position', 'normal', 'color'] as const) {
    const attribute = flat.getAttribute(name);
    if (!attribute) continue;
    const size = attribute.itemSize;
    const array = new Float32Array(keep.length * 3 * size);
    keep.forEach((t, k) => {
      for (let v = 0; v < 3; v++) for (let j = 0; j < size; j++) array[(k * 3 + v) * size + j] = attribute.getComponent(t + v, j);
    });
    out.setAttribute(name, new THREE.BufferAttribute(array, size));
  }
  flat.dispose();
  return out;
}

/** `count` copies of `source` in one geometry; place them with setMatrixAt, then bake(). */
export class BakedCopies extends THREE.BufferGeometry {
  readonly count: number;
  /** one column-major 4×4 matrix per copy, as InstancedMesh.instanceMatrix.array holds them */
  readonly matrices: Float32Array;
  /** vertices of one copy */
  readonly perCopy: number;
  private readonly shape: { position: Float32Array; normal: Float32Array | null; color: Float32Array | null };
  private readonly copyColors: Float32Array | null;

  constructor(source: THREE.BufferGeometry, count: number, options: BakeOptions = {}) {
    super();
    const shape = options.seenFromAbove ? facesSeenFromAbove(source, options.seenFromAbove) : source.index ? source.toNonIndexed() : source.clone();
    const array = (name: string): Float32Array | null => {
      const attribute = shape.getAttribute(name);
      return attribute ? Float32Array.from({ length: attribute.count * attribute.itemSize }, (_, i) => attribute.getComponent(Math.floor(i / attribute.itemSize), i % attribute.itemSize)) : null;
    };
    this.shape = { position: array('position') ?? new Float32Array(0), normal: array('normal'), color: array('color') };
    shape.dispose();
    this.count = count;
    this.perCopy = this.shape.position.length / 3;
    this.matrices = new Float32Array(count * FLOATS_PER_MATRIX);
    const vertices = count * this.perCopy;
    this.setAttribute('position', new THREE.BufferAttribute(new Float32Array(vertices * 3), 3));
    if (this.shape.normal) this.setAttribute('normal', new THREE.BufferAttribute(new Float32Array(vertices * 3), 3));
    this.copyColors = options.colorPerCopy ? new Float32Array(count * 3).fill(1) : null;
    if (this.copyColors || this.shape.color) {
      const colors = new Float32Array(vertices * 3);
      if (this.shape.color) for (let i = 0; i < count; i++) colors.set(this.shape.color, i * this.perCopy * 3);
      else colors.fill(1);
      this.setAttribute('color', new THREE.BufferAttribute(colors, 3));
    }
  }

  setMatrixAt(index: number, matrix: THREE.Matrix4): void {
    matrix.toArray(this.matrices, index * FLOATS_PER_MATRIX);
  }

  /** The copy's colour, multiplied into the shape's own vertex colours (as an instance colour is). Needs colorPerCopy. */
  setColorAt(index: number, color: THREE.Color): void {
    const own = this.copyColors;
    const attribute = this.getAttribute('color');
    if (!own || !attribute) throw new Error('BakedCopies: made without colorPerCopy');
    own[index * 3] = color.r;
    own[index * 3 + 1] = color.g;
    own[index * 3 + 2] = color.b;
    const colors = attribute.array as Float32Array;
    const shape = this.shape.color;
    for (let v = 0; v < this.perCopy; v++) {
      const to = (index * this.perCopy + v) * 3;
      for (let j = 0; j < 3; j++) colors[to + j] = (shape ? shape[v * 3 + j]! : 1) * own[index * 3 + j]!;
    }
  }

  /** Uploads the colours set since the last frame. */
  colorsChanged(): void {
    const attribute = this.getAttribute('color');
    if (attribute) attribute.needsUpdate = true;
  }

  /**
   * Writes copies first…last (all by default) from their matrices into the vertex buffers and
   * uploads only that span; after a whole bake the bounds are recomputed (a partial bake, a drag,
   * leaves them: the mesh should not be culled meanwhile).
   */
  bake(first = 0, last = this.count - 1): void {
    if (last < first) return;
    const m = new THREE.Matrix4();
    const normalMatrix = new THREE.Matrix3();
    const v = new THREE.Vector3();
    const position = this.getAttribute('position') as THREE.BufferAttribute;
    const normal = this.getAttribute('normal') as THREE.BufferAttribute | undefined;
    const positions = position.array as Float32Array;
    const normals = normal ? (normal.array as Float32Array) : null;
    const { position: shapePositions, normal: shapeNormals } = this.shape;
    for (let i = first; i <= last; i++) {
      m.fromArray(this.matrices, i * FLOATS_PER_MATRIX);
      if (normals) normalMatrix.getNormalMatrix(m);
      const base = i * this.perCopy * 3;
      for (let k = 0; k < this.perCopy * 3; k += 3) {
        v.set(shapePositions[k]!, shapePositions[k + 1]!, shapePositions[k + 2]!).applyMatrix4(m);
        positions[base + k] = v.x;
        positions[base + k + 1] = v.y;
        positions[base + k + 2] = v.z;
        if (normals && shapeNormals) {
          v.set(shapeNormals[k]!, shapeNormals[k + 1]!, shapeNormals[k + 2]!).applyMatrix3(normalMatrix).normalize();
          normals[base + k] = v.x;
          normals[base + k + 1] = v.y;
          normals[base + k + 2] = v.z;
        }
      }
    }
    const start = first * this.perCopy * 3;
    const count = (last - first + 1) * this.perCopy * 3;
    const whole = first === 0 && last === this.count - 1;
    for (const attribute of normal ? [position, normal] : [position]) {
      attribute.clearUpdateRanges();
      if (!whole) attribute.addUpdateRange(start, count);
      attribute.needsUpdate = true;
    }
    if (whole) {
      this.computeBoundingSphere();
      this.computeBoundingBox();
    }
  }
}
