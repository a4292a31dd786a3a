import { z } from 'zod';
import { actorInputSchema } from '../schemas/actor.ts';
import { eventInputSchema } from '../schemas/event.ts';
import { quoteInputSchema } from '../schemas/quote.ts';
import { estimateInputSchema } from '../schemas/estimate.ts';
import { eventLinkInputSchema } from '../schemas/event-link.ts';
import { relationInputSchema } from '../schemas/relation.ts';
import { sourceInputSchema } from '../schemas/source.ts';
import { tagInputSchema } from '../schemas/tag.ts';
import { eraInputSchema } from '../schemas/era.ts';
import { tradeObservationInputSchema } from '../schemas/trade-observation.ts';
import {
  allianceNetworkSchema,
  relationListSchema,
  relationSchema,
} from '../schemas/responses/alliances.ts';
import { actorListSchema, tagListSchema } from '../schemas/responses/directory.ts';
import { apiErrorSchema } from '../schemas/responses/error.ts';
import {
  eventPageSchema,
  eventSchema,
  eventWithLinksSchema,
  eventSummarySchema,
  filterFacetsSchema,
  sourceRefSchema,
  timelineSchema,
} from '../schemas/responses/events.ts';
import { healthSchema } from '../schemas/responses/health.ts';
import { importReportSchema } from '../schemas/responses/import.ts';
import {
  actorRecordSchema,
  quoteRecordSchema,
  sourceRecordSchema,
  tagRecordSchema,
  tradeObservationRecordSchema,
  estimateRecordSchema,
  eventLinkRecordSchema,
  eraRecordSchema,
  eraListSchema,
} from '../schemas/responses/records.ts';
import { tradeChartSchema } from '../schemas/responses/trade.ts';
import { changePageSchema } from '../schemas/responses/changes.ts';
import { estimateListSchema } from '../schemas/responses/estimates.ts';

// The document's named schemas, generated from the zod schemas the handlers parse request
// bodies with (lib/schemas/*.ts) and those describing what they answer
// (lib/schemas/responses/), so nothing about a field is written twice.

const NAMED = {
  Error: apiErrorSchema,
  EventSummary: eventSummarySchema,
  EventPage: eventPageSchema,
  Event: eventSchema,
  EventWithLinks: eventWithLinksSchema,
  SourceRef: sourceRefSchema,
  Timeline: timelineSchema,
  FilterFacets: filterFacetsSchema,
  ActorList: actorListSchema,
  TagList: tagListSchema,
  Relation: relationSchema,
  RelationList: relationListSchema,
  AllianceNetwork: allianceNetworkSchema,
  TradeChart: tradeChartSchema,
  ImportReport: importReportSchema,
  Health: healthSchema,
  Source: sourceRecordSchema,
  Quote: quoteRecordSchema,
  Actor: actorRecordSchema,
  Tag: tagRecordSchema,
  TradeObservation: tradeObservationRecordSchema,
  EventInput: eventInputSchema,
  RelationInput: relationInputSchema,
  SourceInput: sourceInputSchema,
  QuoteInput: quoteInputSchema,
  ActorInput: actorInputSchema,
  TagInput: tagInputSchema,
  TradeObservationInput: tradeObservationInputSchema,
  ChangePage: changePageSchema,
  Estimate: estimateRecordSchema,
  EstimateInput: estimateInputSchema,
  EstimateList: estimateListSchema,
  EventLink: eventLinkRecordSchema,
  EventLinkInput: eventLinkInputSchema,
  Era: eraRecordSchema,
  EraList: eraListSchema,
  EraInput: eraInputSchema,
} satisfies Record<string, z.ZodType>;

/** Request bodies that update a record: any of the input's fields, and the version they were read at. */
const PATCHES = {
  EventPatch: 'EventInput',
  RelationPatch: 'RelationInput',
  SourcePatch: 'SourceInput',
  QuotePatch: 'QuoteInput',
  ActorPatch: 'ActorInput',
  TagPatch: 'TagInput',
  TradeObservationPatch: 'TradeObservationInput',
  EstimatePatch: 'EstimateInput',
  EventLinkPatch: 'EventLinkInput',
  EraPatch: 'EraInput',
} as const satisfies Record<string, keyof typeof NAMED>;

export type SchemaName = keyof typeof NAMED | keyof typeof PATCHES;

/** The zod schema behind a named response schema, for tests that check real answers against it. */
export const RESPONSE_SCHEMAS = NAMED;

export const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

function patchOf(input: JsonSchema, inputName: string): JsonSchema {
  // Fields left out keep their current values, so none is required and no default applies.
  const properties = Object.fromEntries(
    Object.entries(input.properties ?? {}).map(([k, { default: _d, ...v }]) => [k, v]),
  );
  return {
    type: 'object',
    description: `Any fields of ${inputName}; those left out keep their current values.`,
    properties: {
      ...properties,
      version: {
        type: 'integer',
        minimum: 1,
        description: 'The version the edit was made from (a stale one gets 409).',
      },
    },
    required: ['version'],
  };
}

/** Leaves out what says nothing to a reader: a date's regex beside its format, ±2^53 bounds. */
function quieter(schema: JsonSchema) {
  if (schema.format === 'date' || schema.format === 'date-time') delete schema.pattern;
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
}

/** components.schemas: every named schema as JSON Schema 2020-12, cross-referenced by $ref. */
export function schemaComponents(): Record<SchemaName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED)) registry.add(schema, { id });
  // Input mode: request bodies as clients send them (defaults, coercion). Responses have no
  // transforms, so the mode only leaves them open to fields added later
  // (no additionalProperties: false).
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ jsonSchema }) => quieter(jsonSchema as JsonSchema),
  });
  const out = {} as Record<SchemaName, JsonSchema>;
  for (const [id, { $schema: _s, $id: _i, ...schema }] of Object.entries(schemas))
    out[id as SchemaName] = schema as JsonSchema;
  for (const [id, input] of Object.entries(PATCHES))
    out[id as SchemaName] = patchOf(out[input], input);
  return out;
}
