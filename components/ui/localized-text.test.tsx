import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { localized } from '@/lib/i18n/localized.ts';
import { LocalizedText } from './localized-text.tsx';

const event = { title: 'Troops deployed', titleKo: '북한군 파병' };
const render = (titleKo: string | null) =>
  renderToStaticMarkup(
    <LocalizedText
      as="h1"
      value={localized({ ...event, titleKo }, 'title', 'ko')}
      missingLabel="번역 없음"
    />,
  );

describe('LocalizedText', () => {
  test('renders the Korean in a lang="ko" element, without a mark', () => {
    const html = render('북한군 파병');
    expect(html).toMatch(/^<h1><span lang="ko">북한군 파병<\/span><\/h1>$/);
  });

  test('renders the English in lang="en" with the visible "not translated" mark when Korean is missing', () => {
    const html = render(null);
    expect(html).toContain('<span lang="en">Troops deployed</span>');
    expect(html).toMatch(/<span class="[^"]*">번역 없음<\/span><\/h1>$/);
  });
});
