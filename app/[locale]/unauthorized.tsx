import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';

// Shown with a 401 when a signed-out visitor (or an expired session) asks for an editor's
// page or action (an Unauthenticated thrown by requirePermission; see lib/http/errors.ts).
export default function Unauthorized() {
  const t = useTranslations('errors.unauthorized');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/sign-in">{t('signIn')}</Link>
      </p>
    </>
  );
}
