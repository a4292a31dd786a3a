'use client';

import dynamic from 'next/dynamic';

/**
 * The trade chart beneath, loaded only when the URL asks for it: it brings recharts, which
 * would otherwise be parsed on every visit to /timeline before the timeline is usable.
 */
export const TradeBeneathLazy = dynamic(
  () => import('./trade-beneath.tsx').then((m) => m.TradeBeneath),
  {
    loading: () => (
      <p className="card meta" aria-busy="true">
        Loading the trade chart…
      </p>
    ),
  },
);
