import { requirePermission } from '@/lib/auth/session.ts';
import { importEvents } from '@/lib/db/events/import.ts';
import { readImportBody, readImportText } from '@/lib/import/read.ts';
import { handler, parseQuery } from '@/lib/http/handler.ts';
import { requestLocale, translateFields } from '@/lib/i18n/api-locale.ts';
import { importQuerySchema } from '@/lib/schemas/import.ts';

// POST /api/import?mode=dry-run|apply: CSV or JSON events; row-by-row report, all-or-nothing apply (editor)
export const POST = handler(async (request) => {
  const user = await requirePermission('import.run', request);
  const query = parseQuery(importQuerySchema, new URL(request.url).searchParams);
  const rows = readImportText(
    await readImportBody(request),
    query.format ?? request.headers.get('content-type'),
  );
  const report = await importEvents(rows, { apply: query.mode === 'apply', userId: user.id });
  const refused = query.mode === 'apply' && !report.applied;
  // Each row's field messages in the client's language, as every 4xx body of the API.
  const locale = requestLocale(request);
  const rowsSaid = report.rows.map((r) => ({ ...r, errors: translateFields(r.errors, locale) }));
  return Response.json(
    { ...report, rows: rowsSaid },
    {
      status: refused ? 422 : report.applied ? 201 : 200,
      headers: { 'Content-Language': locale, Vary: 'Accept-Language' },
    },
  );
});
