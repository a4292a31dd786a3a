import { importQuerySchema } from '../schemas/import.ts';
import {
  badQuery,
  file,
  invalidBody,
  notJson,
  json,
  notModified,
  ok,
  pathParam,
  problem,
  READ,
  refusals,
  validated,
  WRITE,
} from './common.ts';
import {
  asOfParameter,
  eventFilters,
  pageParameters,
  queryParameters,
  sortParameter,
  timelineParameters,
  langParameter,
} from './parameters.ts';
import { ref } from './schemas.ts';
import { revParameter } from './changes.ts';

// Events: the reader's list, page, timeline, exports and feed, and the editors' writes.

const reviewRequired = problem(
  'The role may not write, a session write came from another site (`cross_site`), or the author publishes while review is required (`review_required`).',
);
const slug = pathParam('slug', 'The event’s slug.', 'kpa-troops-kursk-2024');

export const eventPaths = {
  '/api/events': {
    get: {
      operationId: 'listEvents',
      tags: ['Events'],
      summary: 'List published events, newest first, a page at a time',
      description:
        'Keyset pagination: pass `nextCursor` as `cursor`. With `q`, title matches come first.',
      ...READ,
      parameters: [...READ.parameters, ...eventFilters, ...pageParameters, sortParameter],
      responses: { '200': validated(ok('A page', 'EventPage')), ...notModified, ...badQuery },
    },
    post: {
      operationId: 'createEvent',
      tags: ['Events'],
      summary: 'Create an event (editor)',
      ...WRITE,
      requestBody: { required: true, content: json(ref('EventInput')) },
      responses: {
        '201': ok('The new event', 'Event'),
        ...notJson,
        ...refusals,
        '403': reviewRequired,
        ...invalidBody,
      },
    },
  },
  '/api/events/{slug}': {
    get: {
      operationId: 'getEvent',
      tags: ['Events'],
      summary: 'One event with its actors, tags, sources, quotes and status history',
      description:
        'Readers get published events, with an ETag. Editors (token or session) also get drafts, answered `Cache-Control: private, no-store` without an ETag.',
      ...READ,
      parameters: [
        slug,
        ...READ.parameters,
        revParameter,
        asOfParameter(
          'As publicly known on this day (YYYY-MM-DD): the sources published by then, the status history in force then; 404 when the event was not public yet.',
        ),
      ],
      responses: {
        '200': validated(ok('The event', 'EventWithLinks')),
        ...notModified,
        '400': problem('A bad `asOf` (`fields` names it).'),
        '301': {
          description: 'The event was merged into another: `Location` names the survivor.',
        },
        '404': problem('No such published event.'),
      },
    },
    patch: {
      operationId: 'updateEvent',
      tags: ['Events'],
      summary: 'Update the fields given, from `version` (editor)',
      ...WRITE,
      parameters: [slug],
      requestBody: { required: true, content: json(ref('EventPatch')) },
      responses: {
        '200': ok('The saved event', 'Event'),
        ...notJson,
        ...refusals,
        '403': reviewRequired,
        '404': problem('No such event (or it is in the trash).'),
        '409': problem('Stale `version`: `current` holds the event as it stands; or a taken slug.'),
        ...invalidBody,
      },
    },
    delete: {
      operationId: 'trashEvent',
      tags: ['Events'],
      summary: 'Move the event to the trash (editor); restorable',
      ...WRITE,
      parameters: [slug],
      responses: {
        '200': ok('The trashed event', 'Event'),
        ...refusals,
        '404': problem('No such event.'),
      },
    },
  },
  '/api/events/{slug}/restore': {
    post: {
      operationId: 'restoreEvent',
      tags: ['Events'],
      summary: 'Bring an event back from the trash (editor)',
      ...WRITE,
      parameters: [slug],
      responses: {
        '200': ok('The restored event', 'Event'),
        ...refusals,
        '404': problem('Not in the trash.'),
      },
    },
  },
  '/api/events/{slug}/merge': {
    post: {
      operationId: 'mergeEvent',
      tags: ['Events'],
      summary: 'Fold this event into another (editor); its slug then redirects there',
      description:
        'The survivor (`into`) gains the actors, tags, sources and quotes it lacks; this event goes to the trash marked as merged, and `GET /api/events/{slug}` and the event page answer 301 to the survivor. Both keep their histories with a `merge` revision; `/unmerge` undoes it.',
      ...WRITE,
      parameters: [slug],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['into'],
          properties: { into: { type: 'string', description: 'The survivor’s slug.' } },
        }),
      },
      responses: {
        '200': ok('The survivor as it now stands', 'Event'),
        ...notJson,
        ...refusals,
        '404': problem('No such event (or it is in the trash).'),
        ...invalidBody,
      },
    },
  },
  '/api/events/{slug}/unmerge': {
    post: {
      operationId: 'unmergeEvent',
      tags: ['Events'],
      summary: 'Undo the merge of this event (editor)',
      description:
        'The merged event comes back from the trash with its quotes; the survivor returns to its state before the merge (a `revert` revision).',
      ...WRITE,
      parameters: [slug],
      responses: {
        '200': ok('The survivor as it now stands', 'Event'),
        ...refusals,
        '404': problem('This event was not merged.'),
        ...invalidBody,
      },
    },
  },
  '/api/timeline': {
    get: {
      operationId: 'getTimeline',
      tags: ['Events'],
      summary: 'The events of a window, or per-lane counts when more than maxItems match',
      description:
        'Mode `items`: the events and their lanes. Mode `buckets`: per-lane counts per day, week, month or year (t is epoch milliseconds UTC). The window is `start`/`end` (the view), else `from`/`to` (the filter), else everything that matches; `extent` spans every matching event whatever the window.',
      ...READ,
      parameters: [...READ.parameters, ...eventFilters, ...timelineParameters],
      responses: { '200': validated(ok('The window', 'Timeline')), ...notModified, ...badQuery },
    },
  },
  '/api/timeline/facets': {
    get: {
      operationId: 'getFilterFacets',
      tags: ['Events'],
      summary: 'Events per actor and per tag under the other active filters',
      description:
        'The counts beside the timeline filter bar’s actors and tags: an actor’s count leaves the actor filter out (with `actorMode=all` it keeps it: events naming the chosen actors and that one), a tag’s leaves the tag filter out.',
      ...READ,
      parameters: [...READ.parameters, ...eventFilters],
      responses: {
        '200': validated(ok('The counts', 'FilterFacets')),
        ...notModified,
        ...badQuery,
      },
    },
  },
  '/api/events/export.csv': {
    get: {
      operationId: 'exportEventsCsv',
      tags: ['Exports'],
      summary: 'Every matching event as CSV, streamed',
      description:
        'One row per event, with a byte-order mark; cells that a spreadsheet would read as a formula are prefixed with an apostrophe.',
      ...READ,
      parameters: [...READ.parameters, ...eventFilters],
      responses: {
        '200': validated(file('CSV, as an attachment', 'text/csv')),
        ...notModified,
        ...badQuery,
      },
    },
  },
  '/api/events/export.json': {
    get: {
      operationId: 'exportEventsJson',
      tags: ['Exports'],
      summary: 'Every matching event as a JSON array of the event shape, streamed',
      ...READ,
      parameters: [...READ.parameters, ...eventFilters],
      responses: {
        '200': validated(ok('Events, as an attachment', { type: 'array', items: ref('Event') })),
        ...notModified,
        ...badQuery,
      },
    },
  },
  '/feed.xml': {
    get: {
      operationId: 'getFeed',
      tags: ['Exports'],
      summary: 'Atom feed of the latest 50 matching events',
      ...READ,
      parameters: [...READ.parameters, ...eventFilters, langParameter],
      responses: {
        '200': validated(file('Atom', 'application/atom+xml')),
        ...notModified,
        ...badQuery,
      },
    },
  },
  '/api/import': {
    post: {
      operationId: 'importEvents',
      tags: ['Import'],
      summary: 'Import events from CSV or JSON: a dry run, or an all-or-nothing apply (editor)',
      description:
        'At most 5 MB and 5,000 rows. A dry run reports each row (CSV by line, JSON by item) as create, update or error and writes nothing; `mode=apply` writes every row or, if any row is bad, none (422 with the same report). Rows are events in the API shape (an existing slug is updated); CSV columns are listed in the README.',
      ...WRITE,
      parameters: queryParameters(importQuerySchema, {
        mode: 'dry-run checks and reports; apply writes.',
        format: 'The file format; by default from Content-Type (else guessed from the text).',
      }),
      requestBody: {
        required: true,
        content: {
          'text/csv': { schema: { type: 'string' } },
          'application/json': {
            schema: {
              oneOf: [
                { type: 'array', items: ref('EventInput') },
                {
                  type: 'object',
                  required: ['events'],
                  properties: { events: { type: 'array', items: ref('EventInput') } },
                },
              ],
            },
          },
        },
      },
      responses: {
        '200': ok('The dry run’s report; nothing written', 'ImportReport'),
        '201': ok('Applied: every row written', 'ImportReport'),
        '400': problem('A bad parameter, or a file that cannot be read (`bad_file`).'),
        ...refusals,
        '413': problem('More than 5 MB or 5,000 rows.'),
        '422': ok('Not applied: some rows are bad (the report names them)', 'ImportReport'),
      },
    },
  },
};
