import { ref, type SchemaName } from './schemas.ts';

// Building blocks of operations: answers, parameters and who may call.

export const json = (schema: object) => ({ 'application/json': { schema } });

/** A 200 (or other success) answering with a named schema or an inline one. */
export const ok = (description: string, schema: SchemaName | object) => ({
  description,
  content: json(typeof schema === 'string' ? ref(schema) : schema),
});

/** A file or document in another format (CSV, SVG, PNG, Atom). */
export const file = (
  description: string,
  mediaType: string,
  format: 'text' | 'binary' = 'text',
) => ({
  description,
  content: {
    [mediaType]: {
      schema:
        format === 'binary' ? { type: 'string', contentMediaType: mediaType } : { type: 'string' },
    },
  },
});

/** An error answer: the one Error body, with what it means here. */
export const problem = (description: string) => ({ description, content: json(ref('Error')) });

const COMMON = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** Reads: public, with a validator (ETag; 304 on a matching If-None-Match). */
export const READ = {
  security: [],
  parameters: [{ $ref: '#/components/parameters/IfNoneMatch' }],
};
export const notModified = { '304': COMMON('NotModified') };
export const badQuery = { '400': COMMON('BadQuery') };
/** Adds the ETag header to a read's success answer. */
export const validated = <R extends { description: string }>(response: R) => ({
  ...response,
  headers: { ETag: { $ref: '#/components/headers/ETag' } },
});

/** Writes: an editor's API token or session; the callers' refusals. */
export const WRITE = { security: [{ bearerToken: [] }, { sessionCookie: [] }] };
export const refusals = {
  '401': COMMON('Unauthenticated'),
  '403': COMMON('Forbidden'),
};
export const invalidBody = { '422': COMMON('InvalidBody') };
export const notJson = { '400': COMMON('NotJson') };

export const pathParam = (name: string, description: string, example?: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', ...(example ? { examples: [example] } : {}) },
});

/** The reusable parts the helpers above point to: components.responses, .parameters, .headers. */
export const sharedComponents = {
  responses: {
    NotModified: {
      description: 'Not modified: the copy whose ETag was sent as If-None-Match is current.',
      headers: { ETag: { $ref: '#/components/headers/ETag' } },
    },
    BadQuery: {
      ...problem(
        'A bad query parameter, named in `fields`; messages in Korean when `Accept-Language` prefers `ko`.',
      ),
      headers: { 'Content-Language': { $ref: '#/components/headers/ContentLanguage' } },
    },
    InvalidBody: {
      ...problem(
        'Bad fields in the body, each named in `fields` by its path; messages in Korean when `Accept-Language` prefers `ko` (q-values honoured), else English.',
      ),
      headers: { 'Content-Language': { $ref: '#/components/headers/ContentLanguage' } },
    },
    NotJson: problem('The body is not JSON (`fields.body`).'),
    Unauthenticated: problem('No session and no valid API token.'),
    Forbidden: problem(
      'The role may not do this, or a session-cookie write came from another site (`cross_site`).',
    ),
    Unavailable: {
      ...problem(
        'The database is out of reach for a moment (`unavailable`): nothing was changed; try again after `Retry-After` seconds.',
      ),
      headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    },
  },
  parameters: {
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'The ETag of a copy already held: answered 304 while it is current.',
      schema: { type: 'string' },
    },
  },
  headers: {
    ContentLanguage: {
      description: 'The language of the field messages: `en` or `ko`.',
      schema: { type: 'string', enum: ['en', 'ko'] },
    },
    RetryAfter: {
      description: 'Seconds to wait before trying again.',
      schema: { type: 'integer', minimum: 1 },
    },
    ETag: {
      description:
        'Changes whenever the data (or, for this document, the document) and the URL change.',
      schema: { type: 'string' },
    },
  },
  securitySchemes: {
    bearerToken: {
      type: 'http',
      scheme: 'bearer',
      description:
        'An API token made at /editor/tokens (shown once): `Authorization: Bearer <token>`. Revoked tokens and disabled accounts are refused at once.',
    },
    sessionCookie: {
      type: 'apiKey',
      in: 'cookie',
      name: 'next-auth.session-token',
      description:
        'The session of an editor signed in at /sign-in (`__Secure-next-auth.session-token` over HTTPS). Writes with it must come from this site (Origin checked).',
    },
  },
};
