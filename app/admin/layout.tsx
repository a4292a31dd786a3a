import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { can } from '@/lib/auth/permissions.ts';
import { getCurrentUser } from '@/lib/auth/session.ts';

export const dynamic = 'force-dynamic';

/** Admins only; every action still checks permission itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in?callbackUrl=/admin/users');
  if (!can(user, 'users.manage')) {
    return (
      <section className="card">
        <h1>Admins only</h1>
        <p>Your role ({user.role}) does not allow managing accounts.</p>
      </section>
    );
  }
  return children;
}
