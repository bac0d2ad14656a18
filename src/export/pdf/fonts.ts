// The CJK font every report embeds (Noto Sans SC, TrueType outlines, which jsPDF can use), as
// base64 for jsPDF's virtual file system. jsPDF keeps only the glyphs a document uses, so the
// full font costs about 50 KB per PDF whatever the text, and any user-entered name renders.
export interface PdfFonts {
  regular: string;
  /** null: the regular face is registered as bold too (autoTable heads ask for bold) */
  bold: string | null;
}

export type FontLoader = () => Promise<PdfFonts>;

export const FONT_FAMILY = 'NotoSansSC';

/** The font files inside @expo-google-fonts/noto-sans-sc. */
export const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

/** Caches a loader's result so a session reads and encodes the 10 MB files once. */
export function cachedFontLoader(load: FontLoader): FontLoader {
  let pending: Promise<PdfFonts> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
