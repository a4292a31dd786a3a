import * as fontkit from 'fontkit';
import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as exportGET } from '../../app/api/alliances/[file]/route.ts';
import { KOREAN_FONT_FILES } from '../../lib/charts/raster.ts';
import { getDb } from '../../lib/db/core/client.ts';
import { seedDatabase } from '../../lib/db/core/seed.ts';
import { readSeedDataset } from '../../lib/seed/dataset.ts';
import { HANGUL, drawnText } from '../helpers/svg-text.ts';

// The network files in Korean (`?lang=ko`): the title, legend and actor names from the Korean
// catalogue and names, and a PNG whose Korean font has every Hangul character the SVG draws.

beforeAll(async () => {
  await seedDatabase(getDb(), readSeedDataset());
});
afterAll(async () => {
  await getDb().$disconnect();
});

const fetchExport = (file: string, query: string) =>
  exportGET(new Request(`http://x/api/alliances/${file}?${query}`), {
    params: Promise.resolve({ file }),
  });

describe('GET /api/alliances/network.*?lang=ko', () => {
  test('SVG: Korean title, legend and actor names; relation titles stay English', async () => {
    const res = await fetchExport('network.svg', 'at=2024-12-31&lang=ko');
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    const text = drawnText(svg);
    expect(text[0]).toBe('2024년 12월 31일 기준 동맹 네트워크');
    expect(text).toContain('북한');
    expect(text).toContain('북대서양조약기구');
    expect(text).toContain('조약');
    expect(text).toContain('사건에 함께 등장');
    expect(text.join('\n')).toMatch(/^출처: /m);
    expect(svg).toContain('Comprehensive Strategic Partnership Treaty');
    expect(svg).toMatch(/<title>북한 – 러시아: [^<]*; 사건 \d+건<\/title>/);
    expect(svg).toMatch(/http[^<]*\/ko\/alliances\?at=2024-12-31/);
    expect(svg).toContain('font-family="Inter, \'Noto Sans KR\', sans-serif"');
  });

  test('PNG renders, and Noto Sans KR has a glyph for every Hangul character drawn', async () => {
    const png = await fetchExport('network.png', 'at=2024-12-31&lang=ko');
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');

    const svg = await (await fetchExport('network.svg', 'at=2024-12-31&lang=ko')).text();
    const chars = [...new Set(drawnText(svg).join('').match(HANGUL) ?? [])];
    expect(chars.length).toBeGreaterThan(20);
    // The check tells faces apart: Inter, the drawing's first face, has no Hangul at all.
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

  test('CSV: actor names in Korean (English where none), the columns keep their names', async () => {
    const text = await (await fetchExport('network.csv', 'at=2024-12-31&lang=ko')).text();
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0])).toContain('actor_a_name');
    const kpRu = rows.find((r) => r.actor_a === 'KP' && r.actor_b === 'RU')!;
    expect(kpRu).toMatchObject({ actor_a_name: '북한', actor_b_name: '러시아' });
    expect(kpRu.relations).toContain('Comprehensive Strategic Partnership Treaty');
    expect(kpRu.link).toMatch(/\/ko\/alliances\?at=2024-12-31/);
    const names = rows.flatMap((r) => [r.actor_a_name, r.actor_b_name]);
    expect(names.some((n) => HANGUL.test(n))).toBe(true);
  });

  test('without lang the files stay English; lang=fr is a 400 naming lang', async () => {
    const english = await (await fetchExport('network.svg', 'at=2024-12-31')).text();
    expect(drawnText(english)[0]).toBe('Alliance network on 2024-12-31');
    expect(english).not.toMatch(HANGUL);
    const csv = await (await fetchExport('network.csv', 'at=2024-12-31')).text();
    expect(csv).not.toMatch(HANGUL);
    for (const file of ['network.png', 'network.svg', 'network.csv']) {
      const res = await fetchExport(file, 'at=2024-12-31&lang=fr');
      expect(res.status, file).toBe(400);
      expect(Object.keys((await res.json()).fields), file).toEqual(['lang']);
    }
  });
});
