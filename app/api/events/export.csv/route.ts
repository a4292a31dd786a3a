import { iterateCsvEvents } from '@/lib/db/events/export.ts';
import { csvChunk } from '@/lib/export/events-csv.ts';
import { withValidators } from '@/lib/http/cache.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { exportFileName, streamPages } from '@/lib/http/stream.ts';
import { eventFilterSchema } from '@/lib/schemas/event-query.ts';

// GET /api/events/export.csv: every matching event as CSV, streamed (public)
export const GET = handler(async (request) => {
  const filter = parseQuery(eventFilterSchema, new URL(request.url).searchParams);
  return withValidators(request, async () => {
    // A byte-order mark so spreadsheets read the file as UTF-8.
    const body = streamPages(
      iterateCsvEvents(filter),
      (page, i) => (i === 0 ? '\uFEFF' : '') + csvChunk(page, i === 0),
    );
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName('events', 'csv')}"`,
      },
    });
  });
});
