import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '../../lib/db/core/client.ts';
import { listEvents } from '../../lib/db/events/list.ts';
import { setRecordTrashed } from '../../lib/db/versioned/writes.ts';
import { TAG_SPEC } from '../../lib/db/tags/spec.ts';
import { getTimeline } from '../../lib/db/timeline/window.ts';
import { eventQuerySchema, timelineQuerySchema } from '../../lib/schemas/event-query.ts';
import { makeEvent } from '../helpers/factories.ts';

// A trashed tag leaves every reader view (list chips, tag filter, timeline lanes) and comes
// back on restore: its links are kept.

const slug = `trash-probe-${Date.now()}`;
let eventSlug: string;

beforeAll(async () => {
  const event = await makeEvent({ title: 'Tag trash probe', date: '2021-03-04' });
  eventSlug = event.slug;
  const tag = await getDb().tag.create({ data: { slug, name: 'Trash probe' } });
  await getDb().eventTag.create({ data: { eventId: event.id, tagId: tag.id } });
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: eventSlug } });
  await getDb().tag.deleteMany({ where: { slug } });
  await getDb().$disconnect();
});

async function views() {
  const day = { from: '2021-03-04', to: '2021-03-04' };
  const list = await listEvents(eventQuerySchema.parse(day));
  const filtered = await listEvents(eventQuerySchema.parse({ ...day, tag: slug }));
  const timeline = await getTimeline(timelineQuerySchema.parse({ ...day, lanes: 'tag' }));
  return {
    chip: list.items.find((i) => i.slug === eventSlug)?.tags.includes(slug) ?? false,
    filter: filtered.items.some((i) => i.slug === eventSlug),
    lane: timeline.lanes.some((l) => l.key === slug),
  };
}

describe('a trashed tag', () => {
  test('leaves chips, the tag filter and tag lanes, and comes back on restore', async () => {
    expect(await views()).toEqual({ chip: true, filter: true, lane: true });
    await setRecordTrashed(TAG_SPEC, slug, true, null);
    expect(await views()).toEqual({ chip: false, filter: false, lane: false });
    await setRecordTrashed(TAG_SPEC, slug, false, null);
    expect(await views()).toEqual({ chip: true, filter: true, lane: true });
  });
});
