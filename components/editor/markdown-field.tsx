'use client';

import { useState } from 'react';
import { Markdown } from '@/components/events/markdown.tsx';
import styles from './event-form.module.css';

/** The summary's markdown beside a live preview rendered by the readers' own renderer. */
export function MarkdownField({ defaultValue, error }: { defaultValue: string; error?: string }) {
  const [text, setText] = useState(defaultValue);
  return (
    <div className={styles.markdown}>
      <div>
        <label htmlFor="f-summary">Summary (markdown)</label>
        <textarea
          id="f-summary"
          name="summary"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'f-summary-error' : undefined}
        />
        {error ? (
          <span id="f-summary-error" className={styles.error}>
            {error}
          </span>
        ) : null}
      </div>
      <section aria-label="Summary preview" className={styles.preview}>
        {/* h2: under the page's h1, no heading level is skipped (Nu checker, pa11y). */}
        <h2 className={styles.previewTitle}>Preview, as readers will see it</h2>
        {text.trim() ? (
          <Markdown>{text}</Markdown>
        ) : (
          <p className={styles.muted}>Nothing written yet.</p>
        )}
      </section>
    </div>
  );
}
