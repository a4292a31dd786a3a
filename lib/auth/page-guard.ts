import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { getLocale } from 'next-intl/server';
import { localizedPath } from '../../i18n/routing.ts';
import { can, type CurrentUser, type Permission } from './permissions.ts';
import { getCurrentUser } from './session.ts';

/**
 * The first thing every editor and admin page awaits, before it reads anything. A layout's
 * check is not enough: Next renders a route's layouts and page in parallel and streams the
 * page's data even when its layout redirects or renders something else.
 *
 * Signed out: redirect to sign-in, which comes back to `path` (the page's own path, as
 * written for English; both are put in the request's language).
 * Signed in without `permission`: `forbidden()`, a 403 showing the nearest forbidden.tsx.
 */
export async function requirePageAccess(
  permission: Permission,
  path: string,
): Promise<CurrentUser> {
  // Never prerendered at build time: with no request there is no user, and the redirect
  // would be baked into the page for everyone.
  await connection();
  const user = await getCurrentUser();
  if (!user) {
    const locale = await getLocale();
    const back = encodeURIComponent(localizedPath(locale, path));
    redirect(localizedPath(locale, `/sign-in?callbackUrl=${back}`));
  }
  if (!can(user, permission)) forbidden();
  return user;
}
