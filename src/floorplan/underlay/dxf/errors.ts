// Why a drawing could not be read, and what to do about it, in both languages: a DWG, a cut-off
// or damaged file, a 天正 drawing whose walls are 天正's own objects. The reader never throws
// past readDxfBytes; it returns one of these.

export type DxfErrorCode = 'empty' | 'dwg' | 'notDxf' | 'truncated' | 'badGroupCode' | 'binaryCorrupt' | 'tangent' | 'proxy' | 'failed';
export type DxfNoticeCode = 'tangentSome' | 'proxySome' | 'encodingGuessed';

export interface DxfMessage<C extends string = string> {
  code: C;
  en: string;
  zh: string;
}

export type DxfError = DxfMessage<DxfErrorCode> & { line?: number; offset?: number };
export type DxfNotice = DxfMessage<DxfNoticeCode>;

export interface DxfErrorParams {
  line?: number;
  offset?: number;
  text?: string;
  /** DWG: the version tag, e.g. AC1027 */
  version?: string;
  /** 天正 / proxy: the entity types and how many */
  types?: string;
  count?: number;
  error?: string;
}

/** AutoCAD releases by the version tag a DWG or DXF starts with. */
const RELEASES: Record<string, string> = {
  AC1009: 'R12', AC1012: 'R13', AC1014: 'R14', AC1015: '2000', AC1018: '2004', AC1021: '2007', AC1024: '2010', AC1027: '2013', AC1032: '2018',
};

export function releaseOf(version: string | undefined): string | null {
  return version ? (RELEASES[version] ?? null) : null;
}

const TANGENT_HOW_EN = 'In 天正 (TArch), export the drawing first: 文件布图 → 图形导出, save as type T3; or explode the 天正 objects (分解对象). Then save as DXF and load that.';
const TANGENT_HOW_ZH = '请先在天正中导出：文件布图 → 图形导出，保存类型选 T3；或先分解天正对象（分解对象），再另存为 DXF 后载入。';

function messageOf(code: DxfErrorCode | DxfNoticeCode, p: DxfErrorParams): { en: string; zh: string } {
  switch (code) {
    case 'empty':
      return { en: 'The file is empty.', zh: '文件是空的。' };
    case 'dwg': {
      const release = releaseOf(p.version);
      const which = release ? ` (AutoCAD ${release})` : '';
      return {
        en: `This is a DWG file${which}, not a DXF. Save it as DXF first: in AutoCAD, Save As → AutoCAD DXF (*.dxf); in 天正, 文件 → 另存为 → DXF. Then load the .dxf.`,
        zh: `这是 DWG 文件${release ? `（AutoCAD ${release}）` : ''}，不是 DXF。请先另存为 DXF：在 AutoCAD 中“另存为 → AutoCAD DXF (*.dxf)”，在天正中“文件 → 另存为 → DXF”，再载入 .dxf 文件。`,
      };
    }
    case 'notDxf':
      return {
        en: 'This is not a DXF file: it does not start with DXF group codes. Choose a .dxf saved from your CAD program.',
        zh: '这不是 DXF 文件：开头不是 DXF 组码。请选择从 CAD 软件保存的 .dxf 文件。',
      };
    case 'truncated':
      return {
        en: `The file is cut off at line ${p.line ?? '?'}: it ends before the drawing does (no end-of-file mark). It was probably not saved or copied completely. Export the DXF again and load the new file.`,
        zh: `文件在第 ${p.line ?? '?'} 行被截断：图形还没结束文件就结束了（没有文件结束标记），可能没有完整保存或复制。请重新导出 DXF 后再载入。`,
      };
    case 'badGroupCode':
      return {
        en: `The DXF is damaged at line ${p.line ?? '?'}: "${p.text ?? ''}" should be a group code (a whole number). Export the DXF again from the CAD program.`,
        zh: `DXF 文件在第 ${p.line ?? '?'} 行损坏：“${p.text ?? ''}”应为组码（整数）。请从 CAD 软件重新导出 DXF。`,
      };
    case 'binaryCorrupt':
      return {
        en: `This binary DXF is damaged at byte ${p.offset ?? '?'}${p.text ? ` (${p.text})` : ''}. Save it again from the CAD program, preferably as an ASCII DXF.`,
        zh: `该二进制 DXF 在第 ${p.offset ?? '?'} 字节处损坏${p.text ? `（${p.text}）` : ''}。请从 CAD 软件重新保存，最好存为 ASCII 格式的 DXF。`,
      };
    case 'tangent':
      return {
        en: `This drawing is made of 天正 (TArch) objects that other programs cannot draw (${p.types ?? ''}). ${TANGENT_HOW_EN}`,
        zh: `这张图主要由天正自定义对象组成，其他软件无法绘制（${p.types ?? ''}）。${TANGENT_HOW_ZH}`,
      };
    case 'proxy':
      return {
        en: `Most of this drawing is proxy objects of a CAD add-on, often 天正 (${p.count ?? 0} ACAD_PROXY_ENTITY), which cannot be drawn. ${TANGENT_HOW_EN}`,
        zh: `这张图大部分是 CAD 插件的代理对象（${p.count ?? 0} 个 ACAD_PROXY_ENTITY，多为天正），无法绘制。${TANGENT_HOW_ZH}`,
      };
    case 'tangentSome':
      return {
        en: `${p.count ?? 0} 天正 objects were not drawn (${p.types ?? ''}): walls or openings may be missing. ${TANGENT_HOW_EN}`,
        zh: `有 ${p.count ?? 0} 个天正对象未绘制（${p.types ?? ''}），墙或门窗可能缺失。${TANGENT_HOW_ZH}`,
      };
    case 'proxySome':
      return {
        en: `${p.count ?? 0} proxy objects (ACAD_PROXY_ENTITY) of a CAD add-on were not drawn. If parts are missing, explode them in the program that made them and save as DXF again.`,
        zh: `有 ${p.count ?? 0} 个 CAD 插件代理对象（ACAD_PROXY_ENTITY）未绘制。若图形有缺失，请在原软件中分解后重新另存为 DXF。`,
      };
    case 'encodingGuessed':
      return {
        en: 'The file does not name its text encoding; its texts were read as Chinese (GB18030). If names look garbled, save the DXF again from a newer CAD version.',
        zh: '文件未注明文字编码，已按中文（GB18030）读取。如名称显示为乱码，请用较新版本的 CAD 重新另存为 DXF。',
      };
    case 'failed':
      return { en: `The drawing could not be read: ${p.error ?? ''}`, zh: `无法读取图形：${p.error ?? ''}` };
  }
}

export function dxfError(code: DxfErrorCode, params: DxfErrorParams = {}): DxfError {
  return { code, ...messageOf(code, params), ...(params.line !== undefined ? { line: params.line } : {}), ...(params.offset !== undefined ? { offset: params.offset } : {}) };
}

export function dxfNotice(code: DxfNoticeCode, params: DxfErrorParams = {}): DxfNotice {
  return { code, ...messageOf(code, params) };
}

/** Thrown inside the reader, turned into a DxfError at its edge. */
export class DxfReadError extends Error {
  constructor(
    readonly code: DxfErrorCode,
    readonly params: DxfErrorParams = {},
  ) {
    super(code);
  }
}
