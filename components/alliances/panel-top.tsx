'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Shows a newly selected link's panel from its top: the page keeps its scroll position on
 * selection (so the network stays put), which would otherwise land the reader mid-list.
 * `selection` changes with the link chosen; the panel's own scroll resets too.
 */
export function PanelTop({ selection, children }: { selection: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = 0;
    const top = el.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 80) el.scrollIntoView({ block: 'start' });
  }, [selection]);
  return (
    <div ref={ref} className="panel-top" data-selection={selection}>
      {children}
    </div>
  );
}
