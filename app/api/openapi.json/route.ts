import { createHash } from 'node:crypto';
import { withValidators } from '@/lib/http/cache.ts';
import { handler } from '@/lib/http/handler.ts';
import { openApiDocument } from '@/lib/openapi.ts';

// The document changes only with a deploy: its ETag is a hash of its content.
const body = JSON.stringify(openApiDocument);
const version = `openapi-${createHash('sha256').update(body).digest('base64url')}`;

// GET /api/openapi.json: the OpenAPI description of every public route (public)
export const GET = handler(async (request) =>
  withValidators(
    request,
    async () => new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    { version },
  ),
);
