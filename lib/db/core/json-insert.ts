import 'server-only';
import { Prisma } from '../generated/client.ts';
import type { Tx } from './revisions.ts';

// Set-based inserts for bulk writes: any number of rows go as ONE JSON parameter, read back
// by json_populate_recordset(NULL::table, …), so every column takes the type the table
// gives it (dates, enums, numbers) and no list of column types is kept beside the schema.
// One text parameter also costs the client far less than one array per column.

/** The column of a Prisma field: its name in snake_case (the schema's @map rule). */
export const columnOf = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const quoted = (columns: string[]) => Prisma.raw(columns.map((c) => `"${c}"`).join(', '));

/**
 * Inserts `rows` (keyed by Prisma field names; the first row's keys name the columns, and
 * a missing or undefined value is NULL, not the column's default) into `table`, in order.
 * `computed` adds columns whose value is SQL (e.g. `updated_at: now()`).
 */
export async function insertJsonRows(
  tx: Tx,
  table: string,
  rows: Record<string, unknown>[],
  computed: Record<string, Prisma.Sql> = {},
): Promise<void> {
  if (!rows.length) return;
  const fields = Object.keys(rows[0]);
  const columns = fields.map(columnOf);
  const json = JSON.stringify(
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i++) out[columns[i]] = row[fields[i]];
      return out;
    }),
  );
  const extra = Object.keys(computed);
  const values = extra.length
    ? Prisma.sql`${quoted(columns)}, ${Prisma.join(Object.values(computed))}`
    : quoted(columns);
  await tx.$executeRaw`
    INSERT INTO ${Prisma.raw(table)} (${quoted([...columns, ...extra])})
    SELECT ${values} FROM json_populate_recordset(NULL::${Prisma.raw(table)}, ${json}::json)`;
}
