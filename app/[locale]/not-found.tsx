import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';

export default function NotFound() {
  const t = useTranslations('errors.notFound');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </>
  );
}
