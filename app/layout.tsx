import type { ReactNode } from 'react';

// The real root layout, with <html lang>, is app/[locale]/layout.tsx: the language is part
// of the address. This pass-through is what lets Next render [locale]/not-found.tsx for a
// notFound() thrown in a page (without it the 404 came back as an empty error shell), and
// app/not-found.tsx for what no language segment takes (/fr/...).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
