import localFont from 'next/font/local';

// Inter from the npm package whose TTF files resvg uses for the server PNG, so the page and
// its exports are set in the same type; Hangul falls back to Noto Sans KR (loaded by the
// layout from @fontsource/noto-sans-kr), the face lib/charts/raster.ts gives resvg for it.
export const chartFont = localFont({
  src: [
    {
      path: '../../node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
      weight: '400',
    },
    {
      path: '../../node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
      weight: '700',
    },
  ],
  display: 'swap',
  fallback: ['Noto Sans KR', 'system-ui', 'sans-serif'],
});
