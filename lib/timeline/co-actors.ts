// Shapes (co-actor, year, count) rows into a table: one row per co-actor, busiest first,
// one column per year that has any shared event.

interface CoActorRow {
  code: string;
  name: string;
  color: string | null;
  year: number;
  count: number;
}

export function coActorTable(rows: CoActorRow[]) {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const byActor = new Map<
    string,
    {
      code: string;
      name: string;
      color: string | null;
      total: number;
      counts: Record<number, number>;
    }
  >();
  for (const r of rows) {
    const a = byActor.get(r.code) ?? {
      code: r.code,
      name: r.name,
      color: r.color,
      total: 0,
      counts: {},
    };
    a.counts[r.year] = (a.counts[r.year] ?? 0) + r.count;
    a.total += r.count;
    byActor.set(r.code, a);
  }
  const actors = [...byActor.values()].sort(
    (a, b) => b.total - a.total || a.code.localeCompare(b.code),
  );
  return { years, actors };
}
