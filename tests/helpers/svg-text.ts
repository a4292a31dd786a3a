// Reading what a server-drawn SVG shows, for the Korean export tests.

/** Hangul syllables and jamo. */
export const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/gu;

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The text the SVG draws: its <text> elements, without any <title> tooltip inside them. */
export const drawnText = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)(?:<title>[^<]*<\/title>)?<\/text>/g)].map((m) =>
    unescape(m[1]),
  );
