// Shapes (co-actor, year, count) rows into a table: one row per co-actor, busiest first,
// one column per recent year that has any shared event, and the years before those summed
// in one "earlier" column, so the table fits the narrow side column of the actor page.

/** Year columns shown one by one; older years are summed. */
export const CO_ACTOR_YEARS = 4;

interface CoActorRow {
  code: string;
  name: string;
  nameKo?: string | null;
  color: string | null;
  year: number;
  count: number;
}

export function coActorTable(rows: CoActorRow[], maxYears = CO_ACTOR_YEARS) {
  const allYears = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const years = allYears.slice(-maxYears);
  const earlier = allYears.length > years.length ? years[0] : null;
  const byActor = new Map<
    string,
    {
      code: string;
      name: string;
      nameKo?: string | null;
      color: string | null;
      total: number;
      counts: Record<number, number>;
      earlier: number;
    }
  >();
  for (const r of rows) {
    const a = byActor.get(r.code) ?? {
      code: r.code,
      name: r.name,
      nameKo: r.nameKo,
      color: r.color,
      total: 0,
      counts: {},
      earlier: 0,
    };
    if (earlier !== null && r.year < earlier) a.earlier += r.count;
    else a.counts[r.year] = (a.counts[r.year] ?? 0) + r.count;
    a.total += r.count;
    byActor.set(r.code, a);
  }
  const actors = [...byActor.values()].sort(
    (a, b) => b.total - a.total || a.code.localeCompare(b.code),
  );
  /** `before`: the first year shown one by one, when older years are summed before it. */
  return { years, before: earlier, actors };
}
