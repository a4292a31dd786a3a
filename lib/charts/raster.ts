import 'server-only';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// SVG → PNG with resvg (its binary ships in the npm package). resvg draws text only with
// fonts it is given: Inter from @expo-google-fonts/inter, the font the page uses too, and
// for Hangul Noto Sans KR (TTF from @expo-google-fonts/noto-sans-kr; the page sets Korean in
// the same face, from @fontsource/noto-sans-kr). resvg falls back per glyph to a font that
// has it, so Korean labels in an otherwise Inter chart come out in Noto Sans KR.
const FONT_DIR = path.join(process.cwd(), 'node_modules/@expo-google-fonts/inter');
const FONT_FILES = [
  path.join(FONT_DIR, '400Regular/Inter_400Regular.ttf'),
  path.join(FONT_DIR, '700Bold/Inter_700Bold.ttf'),
];
const KOREAN_FONT_DIR = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-kr');
/** Noto Sans KR, regular and bold (about 6 MB each: read only for an SVG holding Hangul). */
export const KOREAN_FONT_FILES = [
  path.join(KOREAN_FONT_DIR, '400Regular/NotoSansKR_400Regular.ttf'),
  path.join(KOREAN_FONT_DIR, '700Bold/NotoSansKR_700Bold.ttf'),
];
export const KOREAN_FONT_FAMILY = 'Noto Sans KR';

/** Hangul syllables and jamo (compatibility jamo included). */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** Rasterises at `scale` times the SVG's own size (2 = twice screen resolution). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const fontFiles = HANGUL.test(svg) ? [...FONT_FILES, ...KOREAN_FONT_FILES] : FONT_FILES;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
