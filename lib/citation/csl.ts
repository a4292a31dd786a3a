import type { CitationItem } from './item.ts';
import { dateParts } from './item.ts';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper';
  title: string;
  'container-title': string;
  publisher?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL?: string;
  version?: string;
  note?: string;
}

function cslItem(item: CitationItem): CslItem {
  return {
    id: item.id,
    type: item.kind === 'event' ? 'webpage' : 'article-newspaper',
    title: item.title,
    'container-title': item.container,
    ...(item.kind === 'source' && {
      publisher: item.container,
      author: [{ literal: item.container }],
    }),
    ...(item.date && { issued: { 'date-parts': [dateParts(item.date)] } }),
    accessed: { 'date-parts': [dateParts(item.accessed)] },
    ...(item.url && { URL: item.url }),
    ...(item.version !== null && { version: String(item.version) }),
    ...(item.note && { note: item.note }),
  };
}

/** A CSL-JSON array of `items`, as citation managers (Zotero, Pandoc) import it. */
export function toCslJson(items: CitationItem[]): CslItem[] {
  return items.map(cslItem);
}
