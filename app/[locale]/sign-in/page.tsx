import { pageTitle } from '@/lib/i18n/page-title.ts';
import { getLocale, getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form.tsx';
import { localizedPath } from '@/i18n/routing.ts';
import { safeRedirectPath, siteOrigin } from '@/lib/auth/redirect-target.ts';

export const generateMetadata = pageTitle('auth', 'title');

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

/** Only paths on this site are followed after sign-in (no open redirect). */
function safeCallback(value: string | string[] | undefined, locale: string): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined ? localizedPath(locale, '/editor') : safeRedirectPath(v, siteOrigin());
}

export default async function SignInPage({ searchParams }: Props) {
  const locale = await getLocale();
  const callbackUrl = safeCallback((await searchParams).callbackUrl, locale);
  const t = await getTranslations('auth');
  return (
    <section className="card">
      <h1>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <SignInForm callbackUrl={callbackUrl} />
    </section>
  );
}
