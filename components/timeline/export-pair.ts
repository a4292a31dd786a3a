// Exports the timeline and the trade chart beneath it as one picture. The timeline's SVG is
// styled by CSS classes, so each element's computed paint is copied inline on a clone
// (an SVG file carries no stylesheet); the trade chart comes framed by composeSvg.

const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'visibility',
];

function inlineStyledSvg(node: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
} {
  const { width, height } = node.getBoundingClientRect();
  const clone = node.cloneNode(true) as SVGSVGElement;
  const source = [node, ...node.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const style = getComputedStyle(el);
    const out = target[i] as SVGElement;
    out.removeAttribute('class');
    out.setAttribute('style', PAINT.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
  });
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  return {
    markup: new XMLSerializer().serializeToString(clone),
    width: Math.round(width),
    height: Math.round(height),
  };
}

/**
 * The timeline as one SVG file: its lanes and axis, and the marks laid over the plot area
 * (a separate SVG on screen, moved by a CSS transform during a zoom; the file gets that
 * transform as a plain one).
 */
export function inlineTimelineSvg(drawing: HTMLElement): {
  markup: string;
  width: number;
  height: number;
} {
  const base = drawing.querySelector<SVGSVGElement>(':scope > svg')!;
  const axis = drawing.querySelector<SVGSVGElement>('svg[data-layer="axis"]');
  const marks = drawing.querySelector<SVGSVGElement>('svg[data-layer="marks"]');
  const whole = inlineStyledSvg(base);
  const innerOf = (svg: SVGSVGElement) =>
    inlineStyledSvg(svg)
      .markup.replace(/^<svg\b[^>]*>/, '')
      .replace(/<\/svg>\s*$/, '');
  let layers = '';
  if (marks) {
    const left = (marks.parentElement as HTMLElement).offsetLeft;
    const k = Number(marks.dataset.k ?? 1);
    const tx = Number(marks.dataset.tx ?? 0);
    layers += `<svg x="${left}" y="0" width="${marks.getAttribute('width')}" height="${marks.getAttribute('height')}" overflow="hidden"><g transform="translate(${tx} 0) scale(${k} 1)">${innerOf(marks)}</g></svg>`;
  }
  // The axis bar sits over the top of the rows on screen (sticky); in the file, at the top.
  if (axis) layers += `<g>${innerOf(axis)}</g>`;
  return { ...whole, markup: whole.markup.replace(/<\/svg>\s*$/, `${layers}</svg>`) };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The parts one under the other on a white page, with a title and the link to this view. */
export function stackSvgs(
  parts: { markup: string; width: number; height: number }[],
  title: string,
  link: string,
): string {
  const width = Math.max(...parts.map((p) => p.width));
  let y = 40;
  const placed = parts.map((p) => {
    const inner = p.markup
      .replace(/^<\?xml[^>]*>\s*/, '')
      .replace(/^<svg\b/, `<svg x="0" y="${y}"`);
    y += p.height + 16;
    return inner;
  });
  const height = y + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="18" font-weight="700" fill="#1a1f2b">${esc(title)}</text>`,
    ...placed,
    `<text x="16" y="${height - 10}" font-size="11" fill="#1d4f91">${esc(link)}</text>`,
    `</svg>`,
  ].join('\n');
}
