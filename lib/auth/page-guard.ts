import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can, type CurrentUser, type Permission } from './permissions.ts';
import { getCurrentUser } from './session.ts';

/**
 * The first thing every editor and admin page awaits, before it reads anything. A layout's
 * check is not enough: Next renders a route's layouts and page in parallel and streams the
 * page's data even when its layout redirects or renders something else.
 *
 * Signed out: redirect to sign-in, which comes back to `path` (this page's own path).
 * Signed in without `permission`: `forbidden()`, a 403 with the nearest forbidden.tsx.
 */
export async function requirePageAccess(permission: Permission, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(user, permission)) forbidden();
  return user;
}
