import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { expect, type Page } from '@playwright/test';
import { loadCatalogue } from '../../i18n/catalogue.ts';
import { flatten } from '../../lib/i18n/catalogue-diff.ts';

// "No English interface string left": every English catalogue message that Korean says
// differently becomes a pattern matching the whole of a rendered string (placeholders match
// anything, plural and select match any of their options); a text node or accessible label
// on a Korean page that matches one is English left behind. Whole strings only, so an event
// title (content, still English where no Korean exists) that merely contains "Treaty" is fine.

const ANY = '[\\s\\S]*?';
/** A number as Intl writes one (16, 1,234, 3.5). */
const NUMBER = '[-+]?[\\d.,]+';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function toPattern(elements: MessageFormatElement[]): { source: string; letters: number } {
  let source = '';
  let letters = 0;
  for (const el of elements) {
    if (el.type === TYPE.literal) {
      source += escape(el.value.replace(/\s+/g, ' '));
      letters += (el.value.match(/[A-Za-z]/g) ?? []).length;
    } else if (el.type === TYPE.tag) {
      const inner = toPattern(el.children);
      source += inner.source;
      letters += inner.letters;
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.values(el.options).map((o) => toPattern(o.value));
      source += `(?:${options.map((o) => o.source).join('|')})`;
      letters += Math.min(...options.map((o) => o.letters));
    } else if (el.type === TYPE.number || el.type === TYPE.pound) source += NUMBER;
    else source += ANY;
  }
  return { source, letters };
}

export interface EnglishMessage {
  key: string;
  text: string;
  pattern: RegExp;
}

/**
 * English messages worth looking for: ≥ 4 letters of their own, worded otherwise in Korean,
 * and not themselves Korean text somewhere (the site's name is the same in both).
 */
export function englishMessages(): EnglishMessage[] {
  const en = flatten(loadCatalogue('en'));
  const ko = flatten(loadCatalogue('ko'));
  const koreanTexts = new Set(ko.values());
  const out: EnglishMessage[] = [];
  for (const [key, text] of en) {
    if (koreanTexts.has(text)) continue;
    const { source, letters } = toPattern(parse(text));
    if (letters < 4) continue;
    out.push({ key, text, pattern: new RegExp(`^\\s*${source.trim()}\\s*$`) });
  }
  return out;
}

/**
 * The strings a reader of `page` meets: visible text nodes and the accessible labels, titles
 * and placeholders of elements, in the page's language (<html lang>): a part marked as
 * another language (the switch's lang="en", an English translation of a quote) is left out.
 */
export async function shownStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const language = document.documentElement.lang;
    const inPageLanguage = (el: Element | null) =>
      el?.closest('[lang]')?.getAttribute('lang') === language;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text && inPageLanguage(el) && visible(el) && el.getClientRects().length) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!inPageLanguage(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)?.replace(/\s+/g, ' ').trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/**
 * Each shown string that is an English message, with the message's key. `content` holds
 * names that come from the data (tags such as "Trade" or "Alliance", actors): content, in
 * Korean only where the data has it, not interface text.
 */
export async function englishLeft(
  page: Page,
  messages: EnglishMessage[],
  content: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const strings = [...new Set(await shownStrings(page))].filter((s) => !content.has(s));
  return strings.flatMap((s) =>
    messages.filter((m) => m.pattern.test(s)).map((m) => `${JSON.stringify(s)} (en: ${m.key})`),
  );
}

/**
 * A page loaded and drawn: its heading shown and nothing still loading. Not "network idle":
 * the timeline's links keep prefetching, so the network never goes quiet there.
 */
export async function openDrawn(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
