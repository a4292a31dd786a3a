'use client';

import { useState } from 'react';

/** Copies `text` to the clipboard and says so; without JavaScript the field stays selectable. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied.');
    } catch {
      setSaid('Could not copy: select the token and copy it by hand.');
    }
  }
  return (
    <>
      <button type="button" onClick={copy} aria-label={label}>
        Copy
      </button>{' '}
      <span aria-live="polite">{said}</span>
    </>
  );
}
