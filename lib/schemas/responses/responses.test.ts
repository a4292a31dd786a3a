import { describe, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { TradeChart } from '../../charts/trade-chart.ts';
import type { Health } from '../../db/core/health.ts';
import type { ImportReport } from '../../db/events/import.ts';
import type { ActorDto } from '../../db/actors/spec.ts';
import type { QuoteDto } from '../../db/quotes/spec.ts';
import type { SourceDto } from '../../db/sources/spec.ts';
import type { TagDto } from '../../db/tags/spec.ts';
import type { TradeObservationDto } from '../../db/trade/spec.ts';
import type { allianceNetworkSchema, relationSchema } from './alliances.ts';
import type { actorListSchema, tagListSchema } from './directory.ts';
import type { eventSchema, eventSummarySchema, timelineSchema } from './events.ts';
import type { healthSchema } from './health.ts';
import type { importReportSchema } from './import.ts';
import type {
  actorRecordSchema,
  quoteRecordSchema,
  sourceRecordSchema,
  tagRecordSchema,
  tradeObservationRecordSchema,
} from './records.ts';
import type { tradeChartSchema } from './trade.ts';
import type { AllianceEdge, RelationDto } from '../../shapes/alliances.ts';
import type { ActorEntry, TagEntry } from '../../shapes/directory.ts';
import type { EventSummary } from '../../shapes/event.ts';
import type { toEventDto } from '../../db/events/reads.ts';
import type { TimelineData } from '../../shapes/timeline.ts';

// The response schemas against the types lib/db and lib/charts build answers with: same
// fields at the top, and each field's type within the schema's. Checked by `tsc` (a
// mismatch is a type error here); tests/integration/openapi-responses.test.ts checks
// real answers field for field. The shapes in lib/shapes are these schemas' output types,
// so the functions that build them are checked where they are declared to return them;
// the event is checked against what toEventDto itself builds.

type Out<S extends z.ZodType> = z.output<S>;
type EventDto = ReturnType<typeof toEventDto>;

describe('response schemas', () => {
  test('name the fields of the types answers are built from', () => {
    expectTypeOf<keyof EventDto>().toEqualTypeOf<keyof Out<typeof eventSchema>>();
    expectTypeOf<keyof EventSummary>().toEqualTypeOf<keyof Out<typeof eventSummarySchema>>();
    expectTypeOf<keyof RelationDto>().toEqualTypeOf<keyof Out<typeof relationSchema>>();
    expectTypeOf<keyof AllianceEdge>().toEqualTypeOf<
      keyof Out<typeof allianceNetworkSchema>['edges'][number]
    >();
    expectTypeOf<keyof ActorEntry>().toEqualTypeOf<
      keyof Out<typeof actorListSchema>['items'][number]
    >();
    expectTypeOf<keyof TagEntry>().toEqualTypeOf<
      keyof Out<typeof tagListSchema>['items'][number]
    >();
    expectTypeOf<keyof Health>().toEqualTypeOf<keyof Out<typeof healthSchema>>();
    expectTypeOf<keyof ImportReport>().toEqualTypeOf<keyof Out<typeof importReportSchema>>();
    expectTypeOf<keyof SourceDto>().toEqualTypeOf<keyof Out<typeof sourceRecordSchema>>();
    expectTypeOf<keyof QuoteDto>().toEqualTypeOf<keyof Out<typeof quoteRecordSchema>>();
    expectTypeOf<keyof ActorDto>().toEqualTypeOf<keyof Out<typeof actorRecordSchema>>();
    expectTypeOf<keyof TagDto>().toEqualTypeOf<keyof Out<typeof tagRecordSchema>>();
    expectTypeOf<keyof TradeObservationDto>().toEqualTypeOf<
      keyof Out<typeof tradeObservationRecordSchema>
    >();
    expectTypeOf<keyof Omit<Out<typeof tradeChartSchema>, 'rows'>>().toEqualTypeOf<
      keyof TradeChart
    >();
  });

  test('accept every value those types allow, where the types are as precise', () => {
    expectTypeOf<ImportReport>().toExtend<Out<typeof importReportSchema>>();
    expectTypeOf<Health>().toExtend<Out<typeof healthSchema>>();
    expectTypeOf<TimelineData['mode']>().toEqualTypeOf<Out<typeof timelineSchema>['mode']>();
    expectTypeOf<TradeChart['series']>().toExtend<Out<typeof tradeChartSchema>['series']>();
    expectTypeOf<EventDto['location']>().toExtend<Out<typeof eventSchema>['location']>();
  });
});
