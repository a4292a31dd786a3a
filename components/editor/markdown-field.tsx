'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Markdown } from '@/components/events/markdown.tsx';
import styles from './event-form.module.css';

/**
 * A summary's markdown beside a live preview rendered by the readers' own renderer: the
 * English summary, or (name="summaryKo", lang="ko") its Korean twin.
 */
export function MarkdownField({
  defaultValue,
  error,
  name = 'summary',
  label,
  lang,
}: {
  defaultValue: string;
  error?: string;
  name?: string;
  label?: string;
  lang?: string;
}) {
  const t = useTranslations('editor.markdown');
  label ??= t('summary');
  const [text, setText] = useState(defaultValue);
  const id = `f-${name}`;
  return (
    <div className={styles.markdown}>
      <div>
        <label htmlFor={id}>{t('label', { label })}</label>
        <textarea
          id={id}
          name={name}
          lang={lang}
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <span id={`${id}-error`} className={styles.error}>
            {error}
          </span>
        ) : null}
      </div>
      <section aria-label={t('preview', { label })} className={styles.preview} lang={lang}>
        {/* h2: under the page's h1, no heading level is skipped (Nu checker, pa11y). */}
        <h2 className={styles.previewTitle}>{t('previewTitle')}</h2>
        {text.trim() ? <Markdown>{text}</Markdown> : <p className={styles.muted}>{t('empty')}</p>}
      </section>
    </div>
  );
}
