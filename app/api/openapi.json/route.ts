import { handler } from '@/lib/http/handler.ts';
import { openApiDocument } from '@/lib/openapi.ts';

// GET /api/openapi.json: the OpenAPI description of the read API and the record writes (public)
export const GET = handler(async () =>
  Response.json(openApiDocument, { headers: { 'Cache-Control': 'public, max-age=300' } }),
);
