import type { ReactNode } from 'react';

export const dynamic = 'force-dynamic';

/**
 * Each admin page checks permission itself (lib/auth/page-guard.ts): signed out → sign-in and
 * back to that page; signed in as an editor → 403 with forbidden.tsx ("Admins only"). A check
 * here would not stop the page from rendering and streaming its data.
 */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return children;
}
