// Browser-side figures: time until /timeline and / are usable, frame times while zooming and
// panning, the JS heap afterwards, and each page's first-load JavaScript (compressed).
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserFigures {
  usableMs: number | null;
  zoomFrameP95Ms: number | null;
  zoomFrameMaxMs: number | null;
  heapMiB: number | null;
  note?: string;
}

/** The timeline's focusable chart region; aria-busy="false" once its data is drawn. */
export async function measureTimeline(base: string, query: string): Promise<BrowserFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = Date.now();
    const response = await page.goto(`${base}/timeline${query}`);
    if (!response || response.status() === 404)
      return {
        usableMs: null,
        zoomFrameP95Ms: null,
        zoomFrameMaxMs: null,
        heapMiB: null,
        note: '/timeline not found',
      };
    const timeline = page.locator('[role="region"][aria-label^="Timeline by"][aria-busy="false"]');
    await timeline.waitFor({ timeout: 30_000 });
    const usableMs = Date.now() - t0;

    // Record every animation frame's duration while the keyboard zooms ten steps and pans.
    // A string, not a function: tsx's transform would add helpers (__name) the page lacks.
    await page.evaluate(`(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await timeline.focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(100); // let the step's frames land; this is a measurement, not a test
    }
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    const frames = ((await page.evaluate('window.__frames')) as number[])
      .slice(1)
      .sort((a, b) => a - b);
    const heap = (await page.evaluate(
      'performance.memory ? performance.memory.usedJSHeapSize : null',
    )) as number | null;
    return {
      usableMs,
      zoomFrameP95Ms: frames.length ? frames[Math.floor(frames.length * 0.95)] : null,
      zoomFrameMaxMs: frames.length ? frames[frames.length - 1] : null,
      heapMiB: heap === null ? null : heap / 1024 / 1024,
    };
  } catch (err) {
    return {
      usableMs: null,
      zoomFrameP95Ms: null,
      zoomFrameMaxMs: null,
      heapMiB: null,
      note: err instanceof Error ? err.message.split('\n')[0] : String(err),
    };
  } finally {
    await browser.close();
  }
}

export interface PageFigures {
  /** Navigations with nothing cached in the browser, each in a new context, ms. */
  usableMs: number[];
  note?: string;
}

/**
 * Time from navigation to a usable overview: its search form on screen and hydrated (React
 * has attached to it, so the page's scripted parts answer), in `runs` fresh browser
 * contexts. The caller warms the server first: this is what a reader waits for on a
 * page the site has already made since the last change.
 */
export async function measureOverview(base: string, runs: number): Promise<PageFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  const usableMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // The site's CSP forbids eval, which a string predicate needs; the page's own scripts
      // are unaffected by bypassing it.
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${base}/`, { waitUntil: 'commit' });
      // A string, not a function: tsx's transform would add helpers (__name) the page lacks.
      await page.waitForFunction(
        `(() => {
          const form = document.querySelector('form[role="search"]');
          return !!form && form.getBoundingClientRect().height > 0 &&
            Object.keys(form).some((k) => k.startsWith('__reactFiber'));
        })()`,
        undefined,
        { timeout: 30_000, polling: 'raf' },
      );
      usableMs.push(Date.now() - t0);
      await context.close();
    }
    return { usableMs };
  } catch (err) {
    return { usableMs, note: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  } finally {
    await browser.close();
  }
}

/** Sum of the gzip-compressed sizes (level 6, as served) of the scripts a page loads first. */
export async function firstLoadJsKiB(base: string, path: string): Promise<number | null> {
  const html = await fetch(base + path).then((r) => (r.ok ? r.text() : null));
  if (html === null) return null;
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 6 }).byteLength;
  }
  return bytes / 1024;
}
