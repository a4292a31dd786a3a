import type { CitationItem } from './item.ts';
import { dateParts } from './item.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Text for a braced BibTeX value: LaTeX's special characters escaped, and braces balanced,
 * so no title can end the field early or run a command.
 */
export function bibtexText(value: string): string {
  return value.replace(/[\\{}#$%&_~^]/g, (c) => ESCAPES[c]).replace(/[\r\n]+/g, ' ');
}

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A URL is written verbatim (biblatex's `url` field is verbatim); only braces could break it. */
const bibtexUrl = (url: string) => url.replace(/[{}\s]/g, encodeURIComponent);

function entry(item: CitationItem): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitals as written.
    ['title', `{${bibtexText(item.title)}}`],
    [item.kind === 'event' ? 'organization' : 'publisher', bibtexText(item.container)],
  ];
  if (item.kind === 'source') fields.push(['author', `{${bibtexText(item.container)}}`]);
  if (item.date) {
    const [y, m, d] = dateParts(item.date);
    fields.push(['year', String(y)]);
    if (m) fields.push(['month', MONTHS[m - 1]]);
    if (d) fields.push(['day', String(d)]);
    fields.push(['date', item.date]);
  }
  if (item.version !== null) fields.push(['version', String(item.version)]);
  if (item.url) {
    fields.push(['url', bibtexUrl(item.url)]);
    fields.push(['howpublished', `\\url{${bibtexUrl(item.url)}}`]);
    fields.push(['urldate', item.accessed]);
  }
  const note = [item.note, `Accessed ${item.accessed}`].filter(Boolean).join('. ');
  fields.push(['note', bibtexText(note)]);
  // Month macros (jan…) go bare; everything else in braces.
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`).join(',\n');
  return `@misc{${item.id},\n${body}\n}\n`;
}

/** A BibTeX file of `items` (@misc entries, which BibTeX and biblatex both read). */
export function toBibtex(items: CitationItem[]): string {
  return items.map(entry).join('\n');
}
