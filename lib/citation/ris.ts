import type { CitationItem } from './item.ts';
import { dateParts } from './item.ts';

/** One RIS value on one line (RIS has no continuation lines). */
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/[\r\n]+/g, ' ')}`;

function risDate(date: string): string {
  const [y, m, d] = dateParts(date);
  return `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`;
}

function record(item: CitationItem): string {
  const lines = [line('TY', item.kind === 'event' ? 'ELEC' : 'NEWS'), line('ID', item.id)];
  lines.push(line('TI', item.title));
  if (item.kind === 'event') lines.push(line('T2', item.container));
  else lines.push(line('AU', item.container), line('PB', item.container));
  if (item.date) {
    lines.push(line('PY', String(dateParts(item.date)[0])), line('DA', risDate(item.date)));
  }
  if (item.version !== null) lines.push(line('ET', `Revision ${item.version}`));
  if (item.url) lines.push(line('UR', item.url));
  lines.push(line('Y2', risDate(item.accessed)));
  if (item.note) lines.push(line('N1', item.note));
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** A RIS file of `items` (CRLF line ends, as the format's readers expect). */
export function toRis(items: CitationItem[]): string {
  return items.map(record).join('\r\n\r\n') + '\r\n';
}
