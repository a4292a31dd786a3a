import { localized, type Locale } from '../i18n/localized.ts';

// An Atom 1.0 feed (RFC 4287) of events. Pure: the route gives it the events and the site URL.
// In Korean (`lang`), entries take their Korean title and summary where the event has them,
// and link to the /ko pages.

interface FeedEvent {
  slug: string;
  title: string;
  summary: string;
  titleKo?: string | null;
  summaryKo?: string | null;
  date: string;
  status: string;
  tags: string[];
  actors: { code: string; name: string }[];
  createdAt: string;
  updatedAt: string;
}

/** Escapes text for XML and drops characters XML 1.0 forbids (control characters). */
export function xmlText(value: string): string {
  return (
    value
      // Control characters XML 1.0 cannot carry.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

export function atomFeed(opts: {
  siteUrl: string;
  selfUrl: string;
  title: string;
  events: FeedEvent[];
  lang?: Locale;
}): string {
  const { siteUrl, selfUrl, title, events, lang = 'en' } = opts;
  const pages = `${siteUrl}${lang === 'en' ? '' : `/${lang}`}`;
  const updated = events.reduce(
    (max, e) => (e.updatedAt > max ? e.updatedAt : max),
    '1970-01-01T00:00:00.000Z',
  );
  const entries = events.map((e) => {
    const link = `${pages}/events/${encodeURIComponent(e.slug)}`;
    const summary = localized(e, 'summary', lang).text;
    return `  <entry>
    <id>${xmlText(link)}</id>
    <title>${xmlText(localized(e, 'title', lang).text)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>
    <published>${e.createdAt}</published>
    <updated>${e.updatedAt}</updated>
    <summary type="text">${xmlText(`${e.date} · ${e.status} · ${e.actors.map((a) => a.code).join(', ')}. ${summary}`)}</summary>
${e.tags.map((t) => `    <category term="${xmlText(t)}"/>`).join('\n')}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xmlText(selfUrl)}</id>
  <title>${xmlText(title)}</title>
  <updated>${updated}</updated>
  <author><name>Alliance Tracker</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlText(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(`${pages}/timeline`)}"/>
${entries.join('\n')}
</feed>
`;
}
