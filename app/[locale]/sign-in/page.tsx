import { pageTitle } from '@/lib/i18n/page-title.ts';
import { SignInForm } from '@/components/auth/sign-in-form.tsx';
import { safeRedirectPath, siteOrigin } from '@/lib/auth/redirect-target.ts';

export const generateMetadata = pageTitle('auth', 'title');

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

/** Only paths on this site are followed after sign-in (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined ? '/editor' : safeRedirectPath(v, siteOrigin());
}

export default async function SignInPage({ searchParams }: Props) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  return (
    <section className="card">
      <h1>Editor sign-in</h1>
      <p className="lede">
        Editors and admins sign in to add and correct events. Readers need no account.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
    </section>
  );
}
