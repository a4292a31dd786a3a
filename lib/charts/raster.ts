import 'server-only';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// SVG → PNG with resvg (its binary ships in the npm package). resvg draws text only with
// fonts it is given: Inter from @expo-google-fonts/inter, the font the page uses too.
const FONT_DIR = path.join(process.cwd(), 'node_modules/@expo-google-fonts/inter');
const FONT_FILES = [
  path.join(FONT_DIR, '400Regular/Inter_400Regular.ttf'),
  path.join(FONT_DIR, '700Bold/Inter_700Bold.ttf'),
];

/** Rasterises at `scale` times the SVG's own size (2 = twice screen resolution). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
