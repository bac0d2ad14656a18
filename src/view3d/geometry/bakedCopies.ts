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
  /** keep the shape's uv, the same in every copy (for a material that draws the shape from it, as the emergency ring's does) */
  keepUv?: boolean;
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
  for (const name of ['position', 'normal', 'color', 'uv'] as const) {
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
    const uv = options.keepUv ? array('uv') : null;
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
    if (uv) {
      const uvs = new Float32Array(vertices * 2);
      for (let i = 0; i < count; i++) uvs.set(uv, i * this.perCopy * 2);
      this.setAttribute('uv', new THREE.BufferAttribute(uvs, 2));
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

  /** The copy's colour as setColorAt left it (white until set). Needs colorPerCopy. */
  colorAt(index: number, target: THREE.Color): THREE.Color {
    const own = this.copyColors;
    if (!own) throw new Error('BakedCopies: made without colorPerCopy');
    return target.setRGB(own[index * 3]!, own[index * 3 + 1]!, own[index * 3 + 2]!);
  }

  /** Uploads the colours set since the last frame: every copy's, or only those of `indices` (ascending). */
  colorsChanged(indices?: readonly number[]): void {
    const attribute = this.getAttribute('color') as THREE.BufferAttribute | undefined;
    if (!attribute) return;
    attribute.clearUpdateRanges();
    if (indices) {
      if (indices.length === 0) return;
      this.addCopyRanges(attribute, indices);
    }
    attribute.needsUpdate = true;
  }

  /**
   * Writes copies first…last (all by default) from their matrices into the vertex buffers and
   * uploads only that span; after a whole bake the bounds are recomputed (a partial bake, a drag,
   * leaves them: the mesh should not be culled meanwhile).
   */
  bake(first = 0, last = this.count - 1): void {
    if (last < first) return;
    this.writeCopies(first, last, null);
    const whole = first === 0 && last === this.count - 1;
    for (const attribute of this.bakedAttributes()) {
      attribute.clearUpdateRanges();
      if (!whole) attribute.addUpdateRange(first * this.perCopy * 3, (last - first + 1) * this.perCopy * 3);
      attribute.needsUpdate = true;
    }
    if (whole) {
      this.computeBoundingSphere();
      this.computeBoundingBox();
    }
  }

  /**
   * Writes only the copies `indices` (ascending) and uploads only their spans: an edit that moved
   * one desk of 2,000 sends a few hundred bytes, not the whole buffer. The bounds grow to take in
   * the copies' new places (they never shrink here; a whole bake makes them tight again).
   */
  bakeCopies(indices: readonly number[]): void {
    if (indices.length === 0) return;
    this.writeCopies(0, indices.length - 1, indices);
    for (const attribute of this.bakedAttributes()) {
      attribute.clearUpdateRanges();
      this.addCopyRanges(attribute, indices);
      attribute.needsUpdate = true;
    }
    const position = this.getAttribute('position') as THREE.BufferAttribute;
    const v = new THREE.Vector3();
    for (const i of indices) {
      for (let k = i * this.perCopy; k < (i + 1) * this.perCopy; k++) {
        v.fromBufferAttribute(position, k);
        this.boundingBox?.expandByPoint(v);
        this.boundingSphere?.expandByPoint(v);
      }
    }
  }

  private bakedAttributes(): THREE.BufferAttribute[] {
    const normal = this.getAttribute('normal') as THREE.BufferAttribute | undefined;
    const position = this.getAttribute('position') as THREE.BufferAttribute;
    return normal ? [position, normal] : [position];
  }

  /** One update range per run of consecutive copies in `indices` (ascending), three floats a vertex. */
  private addCopyRanges(attribute: THREE.BufferAttribute, indices: readonly number[]): void {
    const floats = this.perCopy * 3;
    let start = indices[0]!;
    let end = start;
    for (let k = 1; k <= indices.length; k++) {
      const i = indices[k];
      if (i !== undefined && i === end + 1) {
        end = i;
        continue;
      }
      attribute.addUpdateRange(start * floats, (end - start + 1) * floats);
      if (i !== undefined) start = end = i;
    }
  }

  /** Places copies first…last (or, with `list`, the copies list[first…last]) by their matrices, vertices and normals. */
  private writeCopies(first: number, last: number, list: readonly number[] | null): void {
    const m = new THREE.Matrix4();
    const normalMatrix = new THREE.Matrix3();
    const v = new THREE.Vector3();
    const positions = (this.getAttribute('position') as THREE.BufferAttribute).array as Float32Array;
    const normal = this.getAttribute('normal') as THREE.BufferAttribute | undefined;
    const normals = normal ? (normal.array as Float32Array) : null;
    const { position: shapePositions, normal: shapeNormals } = this.shape;
    for (let k = first; k <= last; k++) {
      const i = list ? list[k]! : k;
      m.fromArray(this.matrices, i * FLOATS_PER_MATRIX);
      if (normals) normalMatrix.getNormalMatrix(m);
      const base = i * this.perCopy * 3;
      for (let j = 0; j < this.perCopy * 3; j += 3) {
        v.set(shapePositions[j]!, shapePositions[j + 1]!, shapePositions[j + 2]!).applyMatrix4(m);
        positions[base + j] = v.x;
        positions[base + j + 1] = v.y;
        positions[base + j + 2] = v.z;
        if (normals && shapeNormals) {
          v.set(shapeNormals[j]!, shapeNormals[j + 1]!, shapeNormals[j + 2]!).applyMatrix3(normalMatrix).normalize();
          normals[base + j] = v.x;
          normals[base + j + 1] = v.y;
          normals[base + j + 2] = v.z;
        }
      }
    }
  }
}
