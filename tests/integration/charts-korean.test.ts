import * as fontkit from 'fontkit';
import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as chartGET } from '../../app/api/charts/[file]/route.ts';
import { GET as feedGET } from '../../app/feed.xml/route.ts';
import { KOREAN_FONT_FILES } from '../../lib/charts/raster.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { HANGUL, drawnText } from '../helpers/svg-text.ts';

// Chart files in Korean (`?lang=ko`): the words the file adds come from the Korean catalogue,
// and the PNG is drawn with a face that has every Hangul character the SVG sets (no tofu).

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().$disconnect();
});

const exportFile = (file: string, query: string) =>
  chartGET(new Request(`http://x/api/charts/${file}?${query}`), {
    params: Promise.resolve({ file }),
  });

describe('GET /api/charts/*?lang=ko', () => {
  test('trade.png renders, and Noto Sans KR has a glyph for every Hangul character drawn', async () => {
    const png = await exportFile('trade.png', 'series=KP-CN&lang=ko');
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');

    const svg = await (await exportFile('trade.svg', 'series=KP-CN&lang=ko')).text();
    expect(XMLValidator.validate(svg)).toBe(true);
    const text = drawnText(svg);
    expect(text[0]).toMatch(/^교역 총액: /);
    expect(text).toContain('연간 명목 미국 달러');
    expect(text.join(' ')).toMatch(/차트: http.*\/ko\/charts\/trade\?/);
    // Korean money on the value axis (만/억 … 달러), as on the Korean page.
    expect(text.some((t) => /억 달러$/.test(t))).toBe(true);

    const chars = [...new Set(text.join('').match(HANGUL) ?? [])];
    expect(chars.length).toBeGreaterThan(30);
    // The check tells faces apart: Inter, the chart's first face, has no Hangul at all.
    const inter = fontkit.openSync(
      'node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    ) as fontkit.Font;
    expect(chars.filter((c) => inter.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
    for (const file of KOREAN_FONT_FILES) {
      const font = fontkit.openSync(file) as fontkit.Font;
      const missing = chars.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, file).toEqual([]);
    }
  });

  test('CSV: the title, units and footer lines in Korean; the columns keep their names', async () => {
    const res = await exportFile('trade.csv', 'series=KP-CN&from=2015&to=2018&lang=ko');
    expect(res.status).toBe(200);
    const text = await res.text();
    const comments = text.split('\n').filter((l) => l.startsWith('#'));
    expect(comments[0]).toMatch(/교역 총액: .*2015–2018/);
    expect(comments.join('\n')).toMatch(/수치 집계/);
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0])).toContain('value_usd');
  });

  test('activity and estimates speak Korean too; without lang the files stay English', async () => {
    const activity = await (await exportFile('activity.svg', 'lang=ko')).text();
    expect(drawnText(activity)[0]).toMatch(/^행위자별 연간 사건 수: /);
    const estimates = await (await exportFile('estimates.csv', 'lang=ko')).text();
    expect(estimates.split('\n')[0]).toMatch(/누가 언제 얼마라고 주장했나/);
    const english = await (await exportFile('trade.svg', 'series=KP-CN')).text();
    expect(drawnText(english)[0]).toMatch(/^Total trade: /);
    expect(english).not.toMatch(HANGUL);
  });

  test('a language that is not offered is a 400 naming lang', async () => {
    for (const file of ['trade.png', 'activity.csv', 'estimates.svg']) {
      const res = await exportFile(file, 'series=KP-CN&lang=fr');
      expect(res.status, file).toBe(400);
      expect(Object.keys((await res.json()).fields), file).toEqual(['lang']);
    }
  });

  test('feed.xml?lang=ko: the feed title in Korean, links to /ko pages; lang=fr is a 400', async () => {
    const call = (q: string) => feedGET(new Request(`http://x/feed.xml?${q}`), undefined);
    const xml = await (await call('lang=ko')).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<title>Alliance Tracker: 최신 사건</title>');
    expect(xml).toMatch(/<link rel="alternate" type="text\/html" href="[^"]*\/ko\/events\//);
    expect(await (await call('tag=sanctions')).text()).toContain('filtered events');
    const bad = await call('lang=fr');
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fields)).toEqual(['lang']);
  });
});
