// The DXF file's structure read from its group stream: header variables, the layer table (with
// off / frozen), MLINE styles, blocks and model-space entities. Each entity becomes a small
// drawable record (entities.ts); POLYLINE's VERTEX run and INSERT's ATTRIB run are joined here.
import { DxfReadError } from './errors.ts';
import type { GroupStream } from './groups.ts';
import { decodeEscapes } from './textCodes.ts';
import { parseEntity, type EntityContext, type EntityRecord, type PolylineRecord } from './entities.ts';

export interface LayerRecord {
  off: boolean;
  frozen: boolean;
}

export interface BlockRecord {
  name: string;
  baseX: number;
  baseY: number;
  entities: EntityRecord[];
  /** an external reference (its geometry is in another file) */
  xref: boolean;
}

export interface DxfFile {
  /** header variables: the values after `9 $NAME`, by group code (first of each) */
  header: Map<string, Map<number, string>>;
  layers: Map<string, LayerRecord>;
  blocks: Map<string, BlockRecord>;
  entities: EntityRecord[];
  /** entity types counted as read, for the 天正 / proxy check */
  typeCounts: Map<string, number>;
  sawEof: boolean;
  /** the BLOCKS section has been read (inserts read before it wait for it) */
  sawBlocks: boolean;
}

export interface ReadProgress {
  /** characters or bytes read, and the whole */
  done: number;
  total: number;
  entities: number;
}

/** How often (in groups) progress is reported. */
const PROGRESS_EVERY = 1 << 16;

export function emptyDxfFile(): DxfFile {
  return { header: new Map(), layers: new Map(), blocks: new Map(), entities: [], typeCounts: new Map(), sawEof: false, sawBlocks: false };
}

class Reader {
  private readonly ctx: EntityContext = { mlineStyles: new Map(), layerNames: new Map() };
  private groups = 0;
  private entityCount = 0;
  /** codes and values of the entity being collected, reused */
  private readonly codes: number[] = [];
  private readonly values: string[] = [];

  constructor(
    private readonly s: GroupStream,
    readonly file: DxfFile,
    private readonly onProgress?: (p: ReadProgress) => void,
    /** takes each model-space entity as it is read (instead of keeping it in file.entities) */
    private readonly onModelEntity?: (record: EntityRecord) => void,
  ) {}

  private next(): boolean {
    const more = this.s.next();
    if (more && ++this.groups % PROGRESS_EVERY === 0) this.onProgress?.({ done: this.s.done(), total: this.s.total(), entities: this.entityCount });
    return more;
  }

  private cut(): never {
    const at = this.s.cutAt();
    if (at.offset !== undefined) throw new DxfReadError('binaryCorrupt', { offset: at.offset, text: 'the file ends before the drawing does' });
    throw new DxfReadError('truncated', at);
  }

  read(): DxfFile {
    const s = this.s;
    let sawAnything = false;
    while (this.next()) {
      sawAnything = true;
      if (s.code !== 0) continue;
      if (s.value === 'EOF') {
        this.file.sawEof = true;
        break;
      }
      if (s.value !== 'SECTION') continue;
      if (!this.next()) this.cut();
      const name = (s.code as number) === 2 ? s.value.trim() : '';
      if (name === 'HEADER') this.header();
      else if (name === 'TABLES') this.tables();
      else if (name === 'BLOCKS') this.blocksSection();
      else if (name === 'ENTITIES') this.entities(this.file.entities, true);
      else if (name === 'OBJECTS') this.objects();
      else this.skipSection();
    }
    if (!sawAnything) throw new DxfReadError('notDxf');
    if (!this.file.sawEof) this.cut();
    this.onProgress?.({ done: s.total(), total: s.total(), entities: this.entityCount });
    return this.file;
  }

  private isEndSec(): boolean {
    return this.s.code === 0 && this.s.value === 'ENDSEC';
  }

  private skipSection(): void {
    while (this.next()) if (this.isEndSec()) return;
    this.cut();
  }

  private header(): void {
    const s = this.s;
    let current: Map<number, string> | null = null;
    while (this.next()) {
      if (this.isEndSec()) return;
      if (s.code === 9) {
        current = new Map();
        this.file.header.set(s.value.trim(), current);
      } else if (current && !current.has(s.code)) current.set(s.code, s.value);
    }
    this.cut();
  }

  /** Reads one record's groups (up to the next code 0) into codes / values. */
  private collect(): void {
    const s = this.s;
    this.codes.length = 0;
    this.values.length = 0;
    while (this.next()) {
      if (s.code === 0) {
        s.pushBack();
        return;
      }
      this.codes.push(s.code);
      this.values.push(s.value);
    }
    this.cut();
  }

  private tables(): void {
    const s = this.s;
    while (this.next()) {
      if (this.isEndSec()) return;
      if (s.code !== 0) continue;
      if (s.value === 'LAYER') {
        this.collect();
        let name = '';
        let flags = 0;
        let color = 7;
        for (let i = 0; i < this.codes.length; i++) {
          const c = this.codes[i];
          if (c === 2) name = decodeEscapes(this.values[i]!.trim());
          else if (c === 70) flags = Number(this.values[i]);
          else if (c === 62) color = Number(this.values[i]);
        }
        if (name) this.file.layers.set(name, { off: color < 0, frozen: (flags & 1) === 1 });
      }
    }
    this.cut();
  }

  private objects(): void {
    const s = this.s;
    while (this.next()) {
      if (this.isEndSec()) return;
      if (s.code !== 0 || s.value !== 'MLINESTYLE') continue;
      this.collect();
      let name = '';
      let handle = '';
      const offsets: number[] = [];
      for (let i = 0; i < this.codes.length; i++) {
        const c = this.codes[i];
        if (c === 2) name = this.values[i]!.trim();
        else if (c === 5) handle = this.values[i]!.trim();
        else if (c === 49) offsets.push(Number(this.values[i]));
      }
      if (name) this.ctx.mlineStyles.set(name.toUpperCase(), offsets);
      if (handle) this.ctx.mlineStyles.set(`#${handle.toUpperCase()}`, offsets);
    }
    this.cut();
  }

  private blocks(): void {
    const s = this.s;
    while (this.next()) {
      if (this.isEndSec()) return;
      if (s.code !== 0 || s.value !== 'BLOCK') continue;
      this.collect();
      let name = '';
      let baseX = 0;
      let baseY = 0;
      let flags = 0;
      for (let i = 0; i < this.codes.length; i++) {
        const c = this.codes[i];
        if (c === 2) name = decodeEscapes(this.values[i]!.trim());
        else if (c === 10) baseX = Number(this.values[i]);
        else if (c === 20) baseY = Number(this.values[i]);
        else if (c === 70) flags = Number(this.values[i]);
      }
      const block: BlockRecord = { name, baseX, baseY, entities: [], xref: (flags & 4) === 4 };
      this.entities(block.entities, false);
      if (name) this.file.blocks.set(name, block);
    }
    this.cut();
  }

  private blocksSection(): void {
    this.blocks();
    this.file.sawBlocks = true;
  }

  /** Entities up to ENDSEC (model space) or ENDBLK (a block), into `into` (or to onModelEntity). */
  private entities(into: EntityRecord[], modelSpace: boolean): void {
    const s = this.s;
    const emit = modelSpace && this.onModelEntity ? this.onModelEntity : (record: EntityRecord) => into.push(record);
    // a POLYLINE is complete at its SEQEND (its VERTEX entities come after it)
    let polyline: PolylineRecord | null = null;
    const endPolyline = () => {
      if (polyline) emit(polyline);
      polyline = null;
    };
    while (this.next()) {
      if (s.code !== 0) continue;
      const type = s.value.trim();
      if (type === 'ENDSEC') {
        endPolyline();
        // a block without ENDBLK: the section ends it
        if (!modelSpace) s.pushBack();
        return;
      }
      if (type === 'ENDBLK') {
        endPolyline();
        this.collect();
        return;
      }
      this.collect();
      if (type === 'VERTEX' && polyline) {
        this.vertex(polyline);
        continue;
      }
      endPolyline();
      if (type === 'SEQEND') continue;
      this.entityCount++;
      this.file.typeCounts.set(type, (this.file.typeCounts.get(type) ?? 0) + 1);
      if (modelSpace && this.codes.some((c, i) => c === 67 && this.values[i]!.trim() === '1')) {
        emit({ kind: 'skip', type: 'paper space', layer: '0' });
        continue;
      }
      const record = parseEntity(type, this.codes, this.values, this.ctx);
      if (record.kind === 'polyline' && record.type === 'POLYLINE') polyline = record;
      else emit(record);
    }
    this.cut();
  }

  private vertex(polyline: PolylineRecord): void {
    let x = 0;
    let y = 0;
    let bulge = 0;
    let flags = 0;
    for (let i = 0; i < this.codes.length; i++) {
      const c = this.codes[i];
      if (c === 10) x = Number(this.values[i]);
      else if (c === 20) y = Number(this.values[i]);
      else if (c === 42) bulge = Number(this.values[i]);
      else if (c === 70) flags = Number(this.values[i]);
    }
    // a spline-fit polyline draws its fitted vertices (8), not its frame control points (16)
    if (flags & 16) return;
    polyline.vertices.push(x, y, bulge);
  }
}

/** Reads the whole file into `file` (model-space entities to `onModelEntity` when given). */
export function readDxfFile(stream: GroupStream, { file = emptyDxfFile(), onProgress, onModelEntity }: { file?: DxfFile; onProgress?: (p: ReadProgress) => void; onModelEntity?: (record: EntityRecord) => void } = {}): DxfFile {
  return new Reader(stream, file, onProgress, onModelEntity).read();
}
