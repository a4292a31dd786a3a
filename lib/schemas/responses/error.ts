import { z } from 'zod';

// The body of every error answer of the JSON API, as lib/http/handler.ts writes it.

export const apiErrorSchema = z.object({
  error: z
    .string()
    .describe(
      'A stable code: bad_request, validation, bad_file, unauthenticated, forbidden, cross_site, review_required, not_found, duplicate, in_use, version_conflict, payload_too_large, too_many_requests or internal.',
    ),
  message: z.string().describe('What went wrong, for people.'),
  fields: z
    .record(z.string(), z.string())
    .optional()
    .describe('Each bad parameter or body field by its path (`sources.0.url`), with its message.'),
  current: z.unknown().optional().describe('With version_conflict: the record as it now stands.'),
});
