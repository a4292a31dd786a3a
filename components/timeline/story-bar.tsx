'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useRouter } from '@/i18n/navigation.ts';
import { useEffect, useState } from 'react';
import { changeParams, eventListQuery } from '@/lib/timeline/view-query.ts';
import type { TimeWindow } from '@/lib/timeline/window.ts';
import styles from './timeline.module.css';
import type { EventSummary } from '@/lib/shapes/event.ts';

/** Events a story walks at most (the first page of the filtered events, oldest first). */
const STORY_LENGTH = 200;

type Step = Pick<EventSummary, 'slug' | 'title' | 'date'>;

/**
 * Story mode ("Step through"): the filtered events in time order, one at a time. Each step is
 * its own URL (event=<slug>&story=1 with the window centred on it), so a briefing can link to
 * step 5; previous and next by the buttons, the arrow keys or a swipe across the chart.
 */
export function StoryBar({
  selected,
  onStep,
}: {
  selected: string | null;
  getWindow: () => TimeWindow;
  onStep: (slug: string, date: string) => void;
}) {
  const t = useTranslations('timeline.story');
  const loading = useTranslations('timeline')('loadingEvents');
  const params = useSearchParams();
  const router = useRouter();
  const isOn = params.get('story') === '1';
  const filters = eventListQuery(changeParams(params, (p) => p.delete('sort')));
  const [steps, setSteps] = useState<{ key: string; items: Step[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loaded = steps?.key === filters ? steps.items : null;

  const load = async (): Promise<Step[] | null> => {
    if (loaded) return loaded;
    try {
      const res = await fetch(`/api/events?${filters}&sort=oldest&limit=${STORY_LENGTH}`, {
        headers: { accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      const items = ((await res.json()) as { items: Step[] }).items;
      setSteps({ key: filters, items });
      setError(null);
      return items;
    } catch (err) {
      setError(err instanceof Error ? err.message : 'the network is unreachable');
      return null;
    }
  };
  // A story link opened cold: fetch its steps.
  useEffect(() => {
    if (!isOn || loaded) return;
    let live = true;
    fetch(`/api/events?${filters}&sort=oldest&limit=${STORY_LENGTH}`, {
      headers: { accept: 'application/json' },
    })
      .then((res) => {
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        return res.json() as Promise<{ items: Step[] }>;
      })
      .then(
        ({ items }) => live && setSteps({ key: filters, items }),
        (err: unknown) =>
          live && setError(err instanceof Error ? err.message : 'the network is unreachable'),
      );
    return () => {
      live = false;
    };
  }, [isOn, loaded, filters]);

  const index = loaded ? loaded.findIndex((s) => s.slug === selected) : -1;
  const go = (by: number) => {
    if (!loaded) return;
    const next = loaded[Math.min(loaded.length - 1, Math.max(0, index + by))];
    if (next && next.slug !== selected) onStep(next.slug, next.date);
  };

  // The arrow keys step while the story runs (not while typing, nor from a focused event mark).
  useEffect(() => {
    if (!isOn) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement;
      if (t.closest('input, select, textarea, [role="region"]')) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        go(e.key === 'ArrowRight' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // A horizontal swipe over the event panel steps too (the chart's own swipe pans it).
  useEffect(() => {
    if (!isOn) return;
    let from: { x: number; y: number } | null = null;
    const panel = () => document.querySelector('[data-panel-slug]');
    const onStart = (e: TouchEvent) => {
      from =
        e.touches.length === 1 && panel()?.contains(e.target as Node)
          ? { x: e.touches[0].clientX, y: e.touches[0].clientY }
          : null;
    };
    const onEnd = (e: TouchEvent) => {
      if (!from) return;
      const dx = e.changedTouches[0].clientX - from.x;
      const dy = e.changedTouches[0].clientY - from.y;
      from = null;
      if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) go(dx < 0 ? 1 : -1);
    };
    document.addEventListener('touchstart', onStart, { passive: true });
    document.addEventListener('touchend', onEnd, { passive: true });
    return () => {
      document.removeEventListener('touchstart', onStart);
      document.removeEventListener('touchend', onEnd);
    };
  });

  const start = async () => {
    const items = await load();
    if (!items?.length) return;
    const from = items.find((s) => s.slug === selected) ?? items[0];
    onStep(from.slug, from.date);
  };
  const stop = () =>
    router.push(`/timeline?${changeParams(params, (p) => p.delete('story'))}`, { scroll: false });

  if (!isOn)
    return (
      <div className={styles.story}>
        <button type="button" onClick={start}>
          {t('start')}
        </button>
        {error ? <span role="alert">{t('failed', { error })}</span> : null}
      </div>
    );
  return (
    <div role="group" aria-label={t('group')} className={styles.story}>
      <button type="button" onClick={() => go(-1)} disabled={!loaded || index <= 0}>
        {t('previous')}
      </button>
      <span aria-live="polite" data-testid="story-step">
        {loaded
          ? index >= 0
            ? t('step', { index: index + 1, total: loaded.length })
            : t('count', { count: loaded.length })
          : error
            ? t('failed', { error })
            : loading}
      </span>
      <button type="button" onClick={() => go(1)} disabled={!loaded || index >= loaded.length - 1}>
        {t('next')}
      </button>
      <button type="button" className="secondary" onClick={stop}>
        {t('stop')}
      </button>
    </div>
  );
}
