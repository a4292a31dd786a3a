import type { ChangeEntry } from '../shapes/changes.ts';
import { xmlText } from './atom.ts';

// The change feed as Atom 1.0 (RFC 4287): one entry per change, newest first, each linking
// to the record's new version (an event's exact revision) or saying it was removed. Pure.

const READER_PAGE: Partial<Record<string, (key: string) => string>> = {
  event: (key) => `/events/${encodeURIComponent(key)}`,
  actor: (key) => `/actors/${encodeURIComponent(key)}`,
};

function entry(siteUrl: string, c: ChangeEntry): string {
  const id = `urn:alliance-tracker:change:${c.kind}:${c.key}:${c.version ?? 'old-key'}:${c.change}`;
  const title = `${c.kind} ${c.key}: ${c.change}${c.removed ? ' (removed)' : ''}`;
  const page = READER_PAGE[c.kind];
  const html =
    page && !c.removed
      ? `${siteUrl}${page(c.key)}${c.kind === 'event' && c.version ? `?rev=${c.version}` : ''}`
      : null;
  const links = [
    html ? `    <link rel="alternate" type="text/html" href="${xmlText(html)}"/>` : null,
    c.href
      ? `    <link rel="related" type="application/json" href="${xmlText(siteUrl + c.href)}"/>`
      : null,
  ].filter(Boolean);
  return `  <entry>
    <id>${xmlText(id)}</id>
    <title>${xmlText(title)}</title>
    <updated>${c.at}</updated>
${links.join('\n')}
    <category term="${xmlText(c.kind)}"/>
    <summary type="text">${xmlText(
      c.removed
        ? `Readers can no longer see ${c.kind} ${c.key} (${c.change}).`
        : `${c.kind} ${c.key} is now at version ${c.version} (${c.change}).`,
    )}</summary>
  </entry>`;
}

export function changesAtom(opts: {
  siteUrl: string;
  selfUrl: string;
  changes: ChangeEntry[];
}): string {
  const newestFirst = [...opts.changes].reverse();
  const updated = newestFirst[0]?.at ?? '1970-01-01T00:00:00.000Z';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(opts.selfUrl)}</id>
  <title>Alliance Tracker: changes</title>
  <updated>${updated}</updated>
  <author><name>Alliance Tracker</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlText(opts.selfUrl)}"/>
  <link rel="alternate" type="application/json" href="${xmlText(`${opts.siteUrl}/api/changes`)}"/>
${newestFirst.map((c) => entry(opts.siteUrl, c)).join('\n')}
</feed>
`;
}
