import { xmlText } from '../feed/atom.ts';

// How an archived copy is served to readers: from our store, under a CSP that runs no
// scripts and loads nothing from elsewhere (`sandbox` also gives the page an opaque
// origin), with a banner saying it is a copy. Pure.

export const COPY_CSP =
  "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'";

const banner = (url: string, retrievedAt: string) =>
  `<div role="note" aria-label="Archived copy" style="all:initial;display:block;font:16px/1.5 system-ui,sans-serif;background:#fff8e1;color:#1a1f2b;border-bottom:2px solid #7a5a00;padding:12px 16px;">` +
  `<strong>Archived copy</strong> of <span style="overflow-wrap:anywhere">${xmlText(url)}</span>, ` +
  `retrieved ${xmlText(retrievedAt.slice(0, 16).replace('T', ' '))} UTC by Alliance Tracker. ` +
  `Scripts are switched off; links and images may not work.</div>`;

/** The body to serve and its content type. HTML gets the banner first in its body. */
export function copyDocument(copy: {
  url: string;
  contentType: string;
  body: Uint8Array;
  retrievedAt: Date;
}): { body: Uint8Array | string; contentType: string } {
  const type = copy.contentType.split(';')[0].trim().toLowerCase();
  const top = banner(copy.url, copy.retrievedAt.toISOString());
  const text = () => Buffer.from(copy.body).toString('utf8');
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    const html = text();
    const at = html.search(/<body\b[^>]*>/i);
    const withBanner = at < 0 ? top + html : html.replace(/<body\b[^>]*>/i, (tag) => tag + top);
    return { body: withBanner, contentType: 'text/html; charset=utf-8' };
  }
  if (type.startsWith('text/') || type.endsWith('+json') || type === 'application/json')
    return {
      body: `<!doctype html><meta charset="utf-8"><title>Archived copy</title>${top}<pre style="white-space:pre-wrap">${xmlText(text())}</pre>`,
      contentType: 'text/html; charset=utf-8',
    };
  // PDFs, images: as stored; the CSP still applies.
  return { body: copy.body, contentType: copy.contentType };
}
