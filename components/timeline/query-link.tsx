'use client';

import { Link } from '@/i18n/navigation.ts';
import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { changeParams } from '@/lib/timeline/view-query.ts';

interface Props {
  set?: Record<string, string>;
  remove?: string[];
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A link to /timeline with the URL's current state changed. It reads the URL in the browser,
 * so it keeps the window the reader zoomed to (written with replaceState, which the server
 * page never saw). Not prefetched: each target is a fresh server render.
 */
export function QueryLink({ set = {}, remove = [], children, ...rest }: Props) {
  const params = useSearchParams();
  const next = changeParams(params, (p) => {
    for (const k of remove) p.delete(k);
    for (const [k, v] of Object.entries(set)) p.set(k, v);
  });
  return (
    <Link href={`/timeline?${next}`} scroll={false} prefetch={false} {...rest}>
      {children}
    </Link>
  );
}
