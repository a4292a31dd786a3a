import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as chartFile } from '../../app/api/charts/[file]/route.ts';
import { createElement } from 'react';
import { DataVersionNote } from '../../components/charts/data-version-note.tsx';
import { chartDataVersion } from '../../lib/charts/data-version.ts';
import { loadTradeChartOr400 } from '../../lib/charts/load-trade.ts';
import { tradeQuerySchema } from '../../lib/schemas/trade.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { makeTradeObservation } from '../helpers/factories.ts';
import { renderInLocale } from '../helpers/render.tsx';

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().tradeObservation.deleteMany({ where: { compiler: 'Russian customs (test)' } });
  await getDb().source.deleteMany({ where: { publisher: 'Test trade wire' } });
  await getDb().$disconnect();
});

const QUERY = 'series=KP-RU&from=2015';

async function exportVersion(file: string) {
  const res = await chartFile(new Request(`http://x/api/charts/${file}?${QUERY}`), {
    params: Promise.resolve({ file }),
  });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  return res.headers.get('x-data-version')!;
}

/**
 * The version note as the trade page draws it (the page itself loads next/font, which
 * only runs inside Next): the version of the chart the page's query loads.
 */
async function page(params: Record<string, string>) {
  const chart = await loadTradeChartOr400(tradeQuerySchema.parse(params));
  return renderInLocale(
    createElement(DataVersionNote, {
      path: '/charts/trade',
      params,
      version: chartDataVersion(chart),
    }),
  );
}

describe('chart data versions', () => {
  test('the page and its exports carry one version; a link with it draws the same figures, and says so when they changed', async () => {
    const version = await exportVersion('trade.csv');
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(await exportVersion('trade.svg')).toBe(version);
    const params = { series: 'KP-RU', from: '2015' };
    const now = await page(params);
    expect(now).toContain(`Data version <code>${version}</code>`);
    expect(now).toContain(`/charts/trade?series=KP-RU&amp;from=2015&amp;v=${version}`);
    // The same link later, data unchanged: the same figures, no warning.
    const same = await page({ ...params, v: version });
    expect(same).not.toContain('The data has changed');
    expect(await exportVersion('trade.csv')).toBe(version);

    await makeTradeObservation({ year: 2016, valueUsd: 123_456_789 });
    const next = await exportVersion('trade.csv');
    expect(next).not.toBe(version);
    const old = await page({ ...params, v: version });
    expect(old).toContain('The data has changed since this link was made.');
    expect(old).toContain(`It named data version <code>${version}</code>`);
    expect(old).toContain(`/charts/trade?series=KP-RU&amp;from=2015&amp;v=${next}`);
  });
});
