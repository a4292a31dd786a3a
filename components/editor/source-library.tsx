'use client';

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
    detail: `${s.publisher} · ${gradeCode(s.reliability)} · cited by ${s.events} event${s.events === 1 ? '' : 's'}`,
  }));
  const prefix = `f-sources-${index}`;
  return (
    <div>
      <Combobox
        id={`${prefix}-library`}
        label={`Find source ${index + 1} on file`}
        hint="Type part of its URL, title or publisher"
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
        {linked
          ? `Linked to source No. ${linked.id} on file (cited by ${linked.events} event${linked.events === 1 ? '' : 's'}); its fields are filled in below.`
          : ''}
      </p>
    </div>
  );
}
