'use client';

import { useSearchParams } from 'next/navigation';
import { eventListQuery } from '@/lib/timeline/view-query.ts';

/** Downloads and the feed of the events listed: the URL's filters and its current window. */
export function ExportLinks() {
  const qs = eventListQuery(useSearchParams());
  return (
    <p className="meta">
      <a href={`/api/events/export.csv?${qs}`} download>
        Download CSV
      </a>
      <a href={`/api/events/export.json?${qs}`} download>
        Download JSON
      </a>
      <a href={`/feed.xml?${qs}`}>Atom feed</a>
    </p>
  );
}
