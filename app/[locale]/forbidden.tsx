import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';

// Shown with a 403 when a signed-in account asks for what its role does not allow (a
// Forbidden thrown by requirePermission in a page or server action; see lib/http/errors.ts).
export default function Forbidden() {
  const t = useTranslations('errors.forbidden');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/editor">{t('back')}</Link>
      </p>
    </>
  );
}
