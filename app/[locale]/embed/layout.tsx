import type { ReactNode } from 'react';

// Pages made to sit in other sites' iframes (the only ones next.config.js lets be framed).
// The root layout's header and footer are hidden for them in globals.css (.embed-root).
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <div className="embed-root">{children}</div>;
}
