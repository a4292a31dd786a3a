'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Copies `text` to the clipboard and says so; without JavaScript the field stays selectable. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations('editor.copy');
  const [said, setSaid] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t('copied'));
    } catch {
      setSaid(t('failed'));
    }
  }
  return (
    <>
      <button type="button" onClick={copy} aria-label={label}>
        {t('copy')}
      </button>{' '}
      <span aria-live="polite">{said}</span>
    </>
  );
}
