import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PATCH as patchActor } from '../../app/api/actors/[code]/route.ts';
import { GET as listTagsRoute } from '../../app/api/tags/route.ts';
import { PATCH as patchTag } from '../../app/api/tags/[slug]/route.ts';
import { GET as getEventRoute, PATCH as patchEvent } from '../../app/api/events/[slug]/route.ts';
import { GET as exportCsv } from '../../app/api/events/export.csv/route.ts';
import { GET as exportJson } from '../../app/api/events/export.json/route.ts';
import { POST as importRoute } from '../../app/api/import/route.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { listEventsForEditor } from '../../lib/db/events/history.ts';
import { editorListQuerySchema } from '../../lib/schemas/editor.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { TAG_SPEC, type TagDto } from '../../lib/db/tags/spec.ts';
import { createRecord, revertRecord, updateRecord } from '../../lib/db/versioned/writes.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { readSeedKorean } from '../../lib/seed/korean.ts';
import { cleanupTestUsers, makeUser } from '../helpers/auth.ts';

// Korean beside English: stored, read, revised, exported and imported as columns.

let bearer: Record<string, string>;
beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
  bearer = (await makeUser('editor')).bearer;
});
afterAll(async () => {
  await getDb().event.deleteMany({ where: { slug: { startsWith: 'test-ko-' } } });
  await getDb().tag.deleteMany({ where: { slug: { startsWith: 'test-ko-' } } });
  await cleanupTestUsers();
  await getDb().$disconnect();
});

const json = { 'content-type': 'application/json' };
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const importCsv = (csv: string, mode: 'dry-run' | 'apply') =>
  importRoute(
    new Request(`http://x/api/import?mode=${mode}`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'text/csv' },
      body: csv,
    }),
    {},
  );

const CSV =
  'slug,title,title_ko,summary,summary_ko,date,publication,actors\n' +
  'test-ko-troops,Troops deployed,북한군 러시아 파병,Seen in **Kursk**.,쿠르스크에서 확인.,2024-10-23,published,KP|RU\n' +
  'test-ko-plain,Only English,,No translation.,,2024-10-24,published,KP\n';

describe('Korean title and summary of events', () => {
  test('a CSV with title_ko and summary_ko columns imports both languages, and empty cells stay untranslated', async () => {
    const dry = await (await importCsv(CSV, 'dry-run')).json();
    expect(dry.counts).toEqual({ create: 2, update: 0, error: 0 });
    expect((await importCsv(CSV, 'apply')).status).toBe(201);

    const res = await getEventRoute(new Request('http://x'), slugParams('test-ko-troops'));
    const event = await res.json();
    expect(event).toMatchObject({
      title: 'Troops deployed',
      titleKo: '북한군 러시아 파병',
      summaryKo: '쿠르스크에서 확인.',
    });
    // States' Korean names come from the seed (ISO names); the event shows them beside each actor.
    expect(event.actors.find((a: { code: string }) => a.code === 'KP').nameKo).toBe('북한');
    const plain = await (
      await getEventRoute(new Request('http://x'), slugParams('test-ko-plain'))
    ).json();
    expect(plain).toMatchObject({ titleKo: null, summaryKo: null });
  });

  test('a dry run names a bad Korean column by row, in Korean when asked', async () => {
    const csv = `slug,title,title_ko,date\ntest-ko-long,Long,${'가'.repeat(301)},2024-10-25\n`;
    const res = await importRoute(
      new Request('http://x/api/import?mode=dry-run', {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'text/csv', 'accept-language': 'ko' },
        body: csv,
      }),
      {},
    );
    expect(res.headers.get('content-language')).toBe('ko');
    expect((await res.json()).rows[0]).toMatchObject({
      row: 'line 2',
      action: 'error',
      errors: { titleKo: '한국어 제목은(는) 300자 이하여야 합니다' },
    });
  });

  test('the exports carry title_ko and summary_ko, and the CSV export imports back unchanged', async () => {
    const csv = Papa.parse<Record<string, string>>(
      (await (await exportCsv(new Request('http://x/api/events/export.csv?q=Troops'), {})).text())
        .replace(/^\uFEFF/, '')
        .trim(),
      { header: true },
    ).data;
    const row = csv.find((r) => r.slug === 'test-ko-troops')!;
    expect(row).toMatchObject({ title_ko: '북한군 러시아 파병', summary_ko: '쿠르스크에서 확인.' });

    const items = JSON.parse(
      await (
        await exportJson(new Request('http://x/api/events/export.json?from=2024-10-23'), {})
      ).text(),
    );
    expect(items.find((e: { slug: string }) => e.slug === 'test-ko-troops').titleKo).toBe(
      '북한군 러시아 파병',
    );
    // The export's own columns (snake_case) name the Korean fields the import reads.
    const back = `slug,title,title_ko,summary_ko,date\n${row.slug},${row.title},${row.title_ko},${row.summary_ko},${row.date}\n`;
    const report = await (await importCsv(back, 'dry-run')).json();
    expect(report.counts).toEqual({ create: 0, update: 1, error: 0 });
  });

  test('PATCH writes the Korean title, blank clears it, and each revision keeps the Korean fields', async () => {
    const patch = (body: object) =>
      patchEvent(
        new Request('http://x', {
          method: 'PATCH',
          headers: { ...bearer, ...json },
          body: JSON.stringify(body),
        }),
        slugParams('test-ko-troops'),
      );
    const v = (await getDb().event.findUniqueOrThrow({ where: { slug: 'test-ko-troops' } }))
      .version;
    const changed = await patch({ titleKo: '  북한군 파병 확인  ', version: v });
    expect(changed.status).toBe(200);
    expect((await changed.json()).titleKo).toBe('북한군 파병 확인');
    const cleared = await (await patch({ titleKo: '', version: v + 1 })).json();
    expect(cleared).toMatchObject({ titleKo: null, summaryKo: '쿠르스크에서 확인.' });

    const event = await getDb().event.findUniqueOrThrow({ where: { slug: 'test-ko-troops' } });
    const revisions = await getDb().revision.findMany({
      where: { entityType: 'event', entityId: event.id },
      orderBy: { version: 'asc' },
    });
    expect(revisions.map((r) => (r.snapshot as { titleKo: string | null }).titleKo)).toEqual([
      '북한군 러시아 파병',
      '북한군 파병 확인',
      null,
    ]);
  });

  test('a Korean title longer than the English limit is a 422 naming titleKo', async () => {
    const v = (await getDb().event.findUniqueOrThrow({ where: { slug: 'test-ko-troops' } }))
      .version;
    const res = await patchEvent(
      new Request('http://x', {
        method: 'PATCH',
        headers: { ...bearer, ...json },
        body: JSON.stringify({ titleKo: '가'.repeat(301), version: v }),
      }),
      slugParams('test-ko-troops'),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).fields).toEqual({
      titleKo: 'Korean title must be at most 300 characters',
    });
  });
});

describe('the editor’s list of events lacking a Korean title', () => {
  test('?translation=missing-ko lists events without a Korean title, and the search reaches Korean titles', async () => {
    // (The PATCH test above left test-ko-troops untranslated; translate it again.)
    await getDb().event.update({
      where: { slug: 'test-ko-troops' },
      data: { titleKo: '북한군 러시아 파병' },
    });
    const query = editorListQuerySchema.parse({ translation: 'missing-ko', q: 'test-ko' });
    expect(query.translation).toBe('missing-ko');
    const missing = await listEventsForEditor({
      q: query.q,
      missingKorean: query.translation === 'missing-ko',
    });
    const slugs = missing.map((e) => e.slug);
    expect(slugs).toContain('test-ko-plain');
    expect(slugs).not.toContain('test-ko-troops');
    const all = (await listEventsForEditor({ q: 'test-ko' })).map((e) => e.slug);
    expect(all).toEqual(expect.arrayContaining(['test-ko-plain', 'test-ko-troops']));
    // An unknown filter value is dropped, not an error page.
    expect(editorListQuerySchema.parse({ translation: 'x' }).translation).toBeUndefined();
  });

  test('the editor search finds an event by words of its Korean title', async () => {
    await getDb().event.update({
      where: { slug: 'test-ko-plain' },
      data: { titleKo: '편집자 검색 시험' },
    });
    const found = await listEventsForEditor({ q: '편집자 시험' });
    expect(found.map((e) => e.slug)).toEqual(['test-ko-plain']);
  });
});

describe('Korean in the seed', () => {
  test('seeded events carry the project’s Korean titles in their first revision; a rerun fills only untouched records', async () => {
    const db = getDb();
    const slug = 'nis-announces-dprk-troop-deployment';
    const event = await db.event.findUniqueOrThrow({ where: { slug } });
    expect(event.titleKo).toBe('국가정보원, 북한군의 러시아 파병 발표');
    const first = await db.revision.findFirstOrThrow({
      where: { entityType: 'event', entityId: event.id, version: 1 },
    });
    expect(first.snapshot).toMatchObject({ titleKo: event.titleKo });

    // A database seeded before the Korean columns: the seed fills the gap.
    await db.actor.update({ where: { code: 'US' }, data: { nameKo: null } });
    await db.event.update({ where: { slug }, data: { titleKo: null } });
    // An actor an editor cleared on purpose (version > 1) stays as the editor left it.
    const edited = await db.actor.update({
      where: { code: 'JP' },
      data: { nameKo: null, version: { increment: 1 } },
    });
    await seedDatabase(db, readSeedDataset());
    expect((await db.actor.findUniqueOrThrow({ where: { code: 'US' } })).nameKo).toBe('미국');
    expect((await db.event.findUniqueOrThrow({ where: { slug } })).titleKo).toBe(event.titleKo);
    expect((await db.actor.findUniqueOrThrow({ where: { code: 'JP' } })).nameKo).toBeNull();
    await db.actor.update({
      where: { code: 'JP' },
      data: { nameKo: '일본', version: edited.version - 1 },
    });
  });
});

describe('Korean summaries, estimate quantities and tag names in the seed', () => {
  const korean = readSeedKorean(readSeedDataset());

  test('seeded events, estimates and tags carry them, events in their first revision too', async () => {
    const db = getDb();
    const slug = 'msmt-launched';
    const event = await db.event.findUniqueOrThrow({ where: { slug } });
    expect(event.summaryKo).toBe(korean.eventSummaries.get(slug));
    expect(event.summaryKo).toContain('11개국');
    const first = await db.revision.findFirstOrThrow({
      where: { entityType: 'event', entityId: event.id, version: 1 },
    });
    expect(first.snapshot).toMatchObject({ summaryKo: event.summaryKo });
    const estimate = await db.estimate.findUniqueOrThrow({ where: { key: 'est-pentagon-10000' } });
    expect(estimate.quantityKo).toBe('러시아에 파견된 북한군');
    const tags = await db.tag.findMany({ where: { slug: { in: [...korean.tagNames.keys()] } } });
    expect(Object.fromEntries(tags.map((t) => [t.slug, t.nameKo]))).toEqual(
      Object.fromEntries(korean.tagNames),
    );
  });

  test('the reader’s tag list has each tag’s Korean name, null where there is none', async () => {
    const db = getDb();
    await db.tag.create({ data: { slug: 'test-ko-untranslated', name: 'Untranslated' } });
    const { items } = await (await listTagsRoute(new Request('http://x/api/tags'), {})).json();
    const bySlug = new Map(items.map((t: { slug: string; nameKo: string | null }) => [t.slug, t]));
    expect(bySlug.get('sanctions')).toMatchObject({ name: 'Sanctions', nameKo: '제재' });
    expect(bySlug.get('test-ko-untranslated')).toMatchObject({ nameKo: null });
  });

  test('a rerun fills a missing summary, quantity and tag name only on untouched records', async () => {
    const db = getDb();
    const slug = 'rok-nato-ipcp-2012';
    const key = 'est-nis-1500-shipped';
    await db.event.update({ where: { slug }, data: { summaryKo: null } });
    await db.estimate.update({ where: { key }, data: { quantityKo: null } });
    await db.tag.update({ where: { slug: 'health' }, data: { nameKo: null } });
    // A tag an editor cleared on purpose (version > 1) stays as the editor left it.
    const edited = await db.tag.update({
      where: { slug: 'analysis' },
      data: { nameKo: null, version: { increment: 1 } },
    });
    await seedDatabase(db, readSeedDataset());
    expect((await db.event.findUniqueOrThrow({ where: { slug } })).summaryKo).toBe(
      korean.eventSummaries.get(slug),
    );
    expect((await db.estimate.findUniqueOrThrow({ where: { key } })).quantityKo).toBe(
      '러시아에 파견된 북한군',
    );
    expect((await db.tag.findUniqueOrThrow({ where: { slug: 'health' } })).nameKo).toBe('보건');
    expect((await db.tag.findUniqueOrThrow({ where: { slug: 'analysis' } })).nameKo).toBeNull();
    await db.tag.update({
      where: { slug: 'analysis' },
      data: { nameKo: '분석', version: edited.version - 1 },
    });
  });
});

describe('Korean names of tags', () => {
  test('a tag’s revisions keep its Korean name, and a revert brings it back', async () => {
    const slug = 'test-ko-tag';
    const created = await createRecord(TAG_SPEC, { slug, name: 'Probe', nameKo: '시험' }, null);
    expect(created.nameKo).toBe('시험');
    const res = await patchTag(
      new Request('http://x', {
        method: 'PATCH',
        headers: { ...bearer, ...json },
        body: JSON.stringify({ nameKo: '', version: created.version }),
      }),
      { params: Promise.resolve({ slug }) },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ slug, name: 'Probe', nameKo: null });
    const tag = await getDb().tag.findUniqueOrThrow({ where: { slug } });
    const revisions = await getDb().revision.findMany({
      where: { entityType: 'tag', entityId: tag.id },
      orderBy: { version: 'asc' },
    });
    expect(revisions.map((r) => (r.snapshot as { nameKo: string | null }).nameKo)).toEqual([
      '시험',
      null,
    ]);
    const reverted = await revertRecord(TAG_SPEC, slug, created.version, null);
    expect(reverted).toMatchObject({ name: 'Probe', nameKo: '시험' });
    // An input without the Korean field (the editor's tag form today) keeps the Korean name.
    const input = TAG_SPEC.schema.parse({ slug, name: 'Renamed' });
    const renamed = await updateRecord(TAG_SPEC, slug, input, reverted.version, null);
    expect(renamed.record).toMatchObject({ name: 'Renamed', nameKo: '시험' });
  });

  test('a revision written before tags had a Korean name reverts to none', () => {
    const old = { slug: 'x', name: 'X', version: 1, updatedAt: '', trashedAt: null };
    expect(TAG_SPEC.toInput(old as unknown as TagDto)).toEqual({
      slug: 'x',
      name: 'X',
      nameKo: null,
    });
  });
});

describe('Korean names of actors', () => {
  test('an editor sets an actor’s Korean name through the API, and its revision keeps it', async () => {
    const actor = await getDb().actor.findUniqueOrThrow({ where: { code: 'ATLANTIC_COUNCIL' } });
    const res = await patchActor(
      new Request('http://x', {
        method: 'PATCH',
        headers: { ...bearer, ...json },
        body: JSON.stringify({ nameKo: '애틀랜틱카운슬', version: actor.version }),
      }),
      { params: Promise.resolve({ code: 'ATLANTIC_COUNCIL' }) },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 'ATLANTIC_COUNCIL', nameKo: '애틀랜틱카운슬' });
    const revision = await getDb().revision.findFirstOrThrow({
      where: { entityType: 'actor', entityId: actor.id, version: actor.version + 1 },
    });
    expect(revision.snapshot).toMatchObject({ nameKo: '애틀랜틱카운슬' });
  });
});
