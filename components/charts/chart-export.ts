import type { Locale } from '@/lib/i18n/localized.ts';
import { HEADER_HEIGHT, svgFooter, svgHeader } from '@/lib/charts/trade-svg.ts';
import type { TradeChart } from '@/lib/charts/trade-chart.ts';

/** What an export needs of any chart: title, units, legend, footer, link and file name. */
export type ExportableChart = Pick<
  TradeChart,
  'title' | 'units' | 'footer' | 'key' | 'path' | 'fileBase'
> & {
  series: { id: string; label: string; color: string }[];
};

// Browser exports: the chart's own recharts <svg>, framed by the same header (title, units,
// legend) and footer (sources, link) the server writes, then drawn to a canvas for PNG.

/** One chart <svg>, or the panels of small multiples stacked top to bottom. */
export function composeSvg(
  nodes: SVGSVGElement | SVGSVGElement[],
  chart: ExportableChart,
  origin: string,
  locale: Locale = 'en',
): string {
  const list = Array.isArray(nodes) ? nodes : [nodes];
  const width = Math.round(Math.max(...list.map((n) => n.getBoundingClientRect().width)));
  let y = HEADER_HEIGHT;
  const inner = list.map((node) => {
    const height = Math.round(node.getBoundingClientRect().height);
    const clone = node.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('x', '0');
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(Math.round(node.getBoundingClientRect().width)));
    clone.setAttribute('height', String(height));
    clone.removeAttribute('style');
    y += height;
    return new XMLSerializer().serializeToString(clone);
  });
  const footer = svgFooter(chart, origin, width, y + 28, locale);
  const total = footer.bottom + 8;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="Inter, sans-serif" fill="#1a1f2b">`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    svgHeader(chart),
    ...inner,
    footer.markup,
    `</svg>`,
  ].join('\n');
}

/** PNG at `scale` × the SVG's size, through an <img> and a canvas. */
export async function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
