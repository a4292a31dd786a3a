import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation.ts';

/** Shown (with a 403) when a signed-in editor opens an admin page: no page data is read. */
export default function AdminForbidden() {
  const t = useTranslations('admin.forbidden');
  return (
    <section className="card">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/editor">{t('back')}</Link>
      </p>
    </section>
  );
}
