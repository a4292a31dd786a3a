import 'server-only';
import { DatabaseUnavailable, DomainError, VersionConflict } from '../../errors.ts';
import type { RawRow } from '../../import/parse.ts';
import { fieldErrorsOf } from '../../schemas/errors.ts';
import { eventInputSchema, type EventInput } from '../../schemas/event.ts';
import { getDb } from '../core/client.ts';
import { createEventsInBulk } from './bulk.ts';
import { updateEvent } from './writes.ts';
import { liveSql } from '../core/visibility.ts';
import { findDuplicates } from './duplicates.ts';
import type { DuplicateHint } from '../../shapes/duplicates.ts';
import { importEstimateSchema, type ImportEstimate } from '../../schemas/estimate.ts';
import { z } from 'zod';
import { addImportedEstimates } from '../estimates/import.ts';

/** A JSON item's optional `estimates`: numbers claimed at the event, each citing one of its sources. */
const estimatesSchema = z.array(importEstimateSchema).max(50, 'At most 50 estimates').default([]);
const estimatesOf = (data: unknown) =>
  estimatesSchema.safeParse((data as { estimates?: unknown } | null)?.estimates ?? []);

interface ImportRowReport {
  row: string;
  slug: string | null;
  action: 'create' | 'update' | 'error';
  errors: Record<string, string>;
  /** Dry run: stored events this row may duplicate (lib/db/events/duplicates.ts). */
  duplicates?: DuplicateHint[];
}

export interface ImportReport {
  applied: boolean;
  counts: { create: number; update: number; error: number };
  rows: ImportRowReport[];
}

function summarise(rows: ImportRowReport[], applied: boolean): ImportReport {
  const counts = { create: 0, update: 0, error: 0 };
  for (const r of rows) counts[r.action]++;
  return { applied, counts, rows };
}

/** Checks every row against the schema and the database; writes nothing. */
async function plan(rows: RawRow[]): Promise<{
  report: ImportRowReport[];
  valid: { input: EventInput; existingVersion: number | null; estimates: ImportEstimate[] }[];
}> {
  const parsed = rows.map((r) => ({
    row: r,
    result: eventInputSchema.safeParse(r.data),
    estimates: estimatesOf(r.data),
  }));
  const inputs = parsed.flatMap((p) => (p.result.success ? [p.result.data] : []));
  // One array parameter each, actor codes deduplicated (the file's 5,000 slugs and ~10,000
  // actor codes went as model-query `in` lists, which cost more in the client than in Postgres).
  const slugs = [...new Set(inputs.map((i) => i.slug))];
  const codes = [
    ...new Set([
      ...inputs.flatMap((i) => i.actors.map((a) => a.code)),
      ...parsed.flatMap((p) =>
        p.estimates.success ? p.estimates.data.map((e) => e.claimant) : [],
      ),
    ]),
  ];
  const [existing, actors] = await Promise.all([
    getDb().$queryRaw<{ slug: string; version: number; deletedAt: Date | null }[]>`
      SELECT slug, version, deleted_at AS "deletedAt" FROM event WHERE slug = ANY(${slugs}::text[])`,
    getDb().$queryRaw<
      { code: string }[]
    >`SELECT code FROM actor WHERE code = ANY(${codes}::text[]) AND ${liveSql()}`,
  ]);
  const bySlug = new Map(existing.map((e) => [e.slug, e]));
  const knownActors = new Set(actors.map((a) => a.code));
  const seen = new Map<string, string>();
  const report: ImportRowReport[] = [];
  const valid: {
    input: EventInput;
    existingVersion: number | null;
    estimates: ImportEstimate[];
  }[] = [];
  for (const { row, result, estimates } of parsed) {
    const slug =
      typeof (row.data as { slug?: unknown })?.slug === 'string'
        ? (row.data as { slug: string }).slug
        : null;
    if (!result.success) {
      report.push({ row: row.label, slug, action: 'error', errors: fieldErrorsOf(result.error) });
      continue;
    }
    const input = result.data;
    const errors: Record<string, string> = estimates.success
      ? {}
      : Object.fromEntries(
          Object.entries(fieldErrorsOf(estimates.error)).map(([k, v]) => [`estimates.${k}`, v]),
        );
    for (const [i, e] of (estimates.data ?? []).entries()) {
      if (!knownActors.has(e.claimant))
        errors[`estimates.${i}.claimant`] = `Unknown actor code "${e.claimant}"`;
      // No number without a source: it cites one of the event's own sources.
      if (e.source >= input.sources.length)
        errors[`estimates.${i}.source`] = input.sources.length
          ? `The event has ${input.sources.length} source(s): use 0 to ${input.sources.length - 1}`
          : 'An estimate needs a source: give the event one';
    }
    input.actors.forEach((a, i) => {
      if (!knownActors.has(a.code)) errors[`actors.${i}.code`] = `Unknown actor code "${a.code}"`;
    });
    if (seen.has(input.slug))
      errors.slug = `Slug already used by ${seen.get(input.slug)} of this file`;
    const current = bySlug.get(input.slug);
    if (current?.deletedAt)
      errors.slug = 'An event with this slug is in the trash; restore it first';
    if (input.statusSourceUrl && !input.sources.some((s) => s.url === input.statusSourceUrl)) {
      errors.statusSourceUrl = 'Cite one of this event’s sources (by its URL)';
    }
    seen.set(input.slug, row.label);
    if (Object.keys(errors).length)
      report.push({ row: row.label, slug: input.slug, action: 'error', errors });
    else {
      report.push({
        row: row.label,
        slug: input.slug,
        action: current ? 'update' : 'create',
        errors: {},
      });
      valid.push({
        input: { ...input, statusReason: input.statusReason ?? 'Imported' },
        existingVersion: current?.version ?? null,
        estimates: estimates.data ?? [],
      });
    }
  }
  return { report, valid };
}

/**
 * A dry run reports, row by row, what would be created, updated or is wrong. Applying
 * writes every row in one transaction, or nothing at all if any row is wrong.
 */
export async function importEvents(
  rows: RawRow[],
  options: { apply: boolean; userId: number },
): Promise<ImportReport> {
  const { report, valid } = await plan(rows);
  if (!options.apply) {
    // Every checked row hears of the stored events it may repeat, before anything is written.
    const hints = await findDuplicates(
      valid.map(({ input }) => ({
        title: input.title,
        date: input.date,
        actors: input.actors.map((a) => a.code),
        slug: input.slug,
      })),
    );
    const bySlug = new Map(valid.map((v, i) => [v.input.slug, hints[i]]));
    for (const r of report) if (r.action !== 'error') r.duplicates = bySlug.get(r.slug!) ?? [];
  }
  if (!options.apply || report.some((r) => r.action === 'error')) return summarise(report, false);
  const creates = valid.filter((v) => v.existingVersion === null);
  const updates = valid.filter((v) => v.existingVersion !== null);
  const applying = report.filter((r) => r.action !== 'error');
  const rowOf = new Map(applying.map((r) => [r.slug, r]));
  // Which report row a failure belongs to: the creates go first, in one batch.
  let failedRow: ImportRowReport | undefined = applying.find((r) => r.action === 'create');
  try {
    await getDb().$transaction(
      async (tx) => {
        await createEventsInBulk(
          tx,
          creates.map((v) => v.input),
          options.userId,
        );
        for (const { input, existingVersion } of updates) {
          failedRow = rowOf.get(input.slug);
          const result = await updateEvent(
            input.slug,
            input,
            existingVersion!,
            options.userId,
            'update',
            tx,
          );
          if (result.conflict)
            throw new VersionConflict(
              result.conflict,
              'Changed by someone else during the import; run it again.',
            );
        }
        for (const { input, estimates } of valid) {
          if (!estimates.length) continue;
          failedRow = rowOf.get(input.slug);
          await addImportedEstimates(tx, input, estimates, options.userId);
        }
      },
      { timeout: 120_000 },
    );
  } catch (err) {
    // An unreachable database is no row's fault: the whole request answers 503.
    if (!(err instanceof DomainError) || err instanceof DatabaseUnavailable) throw err;
    const fields = err.fields ?? { _: err.message };
    if (failedRow) Object.assign(failedRow, { action: 'error', errors: fields });
    return summarise(report, false);
  }
  return summarise(report, true);
}
