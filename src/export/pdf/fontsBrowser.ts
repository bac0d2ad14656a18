// Font loading in the browser: Vite emits the TTF files as hashed assets (?url), fetched only
// when a PDF is exported; the FileReader turns the bytes into base64 without a JS loop.
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import { cachedFontLoader, type PdfFonts } from './fonts.ts';

async function base64Of(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const blob = await response.blob();
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

export const loadBrowserFonts = cachedFontLoader(
  async (): Promise<PdfFonts> => {
    const [regular, bold] = await Promise.all([base64Of(regularUrl), base64Of(boldUrl)]);
    return { regular, bold };
  },
);
