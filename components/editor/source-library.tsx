'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { findSourcesAction } from '@/lib/actions/event-entry.ts';
import { gradeCode } from '@/lib/events/grade.ts';
import type { LibrarySourceShape } from '@/lib/shapes/source-library.ts';
import { Combobox, type ComboOption } from './combobox.tsx';
import styles from './pickers.module.css';
import { useEnhanced } from './use-enhanced.ts';

/** Sets a form field by id as if typed (the row's fields are uncontrolled). */
function fill(id: string, value: string) {
  const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  if (el) el.value = value;
}

/**
 * "Find on file" for one source row: typing a URL, title or publisher lists the sources
 * already on file (grade, how many events cite them); picking one fills the row with it, so
 * the save links that source (matched by its URL, or publisher and title) instead of making
 * a copy. Needs JavaScript; without it the row is typed by hand as before.
 */
export function SourceLibrary({ index }: { index: number }) {
  const t = useTranslations('editor.sourceLibrary');
  const enhanced = useEnhanced();
  const [text, setText] = useState('');
  const [found, setFound] = useState<LibrarySourceShape[]>([]);
  const [linked, setLinked] = useState<LibrarySourceShape | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return;
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      const rows = await findSourcesAction(q);
      if (n === asked.current) setFound(rows);
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);
  if (!enhanced) return null;

  const options: ComboOption[] = (text.trim().length < 2 ? [] : found).map((s) => ({
    id: String(s.id),
    label: s.title,
    detail: t('detail', {
      publisher: s.publisher,
      grade: gradeCode(s.reliability),
      count: s.events,
    }),
  }));
  const prefix = `f-sources-${index}`;
  return (
    <div>
      <Combobox
        id={`${prefix}-library`}
        label={t('find', { n: index + 1 })}
        hint={t('hint')}
        text={text}
        onText={setText}
        options={options}
        onPick={(o) => {
          const s = found.find((x) => String(x.id) === o.id);
          if (!s) return;
          fill(`${prefix}-publisher`, s.publisher);
          fill(`${prefix}-title`, s.title);
          fill(`${prefix}-url`, s.url ?? '');
          fill(`${prefix}-publishedAt`, s.publishedAt ?? '');
          fill(`${prefix}-reliability`, s.reliability ?? '');
          setLinked(s);
          setText('');
        }}
      />
      <p className={styles.note} aria-live="polite">
        {linked ? t('linked', { id: linked.id, count: linked.events }) : ''}
      </p>
    </div>
  );
}
