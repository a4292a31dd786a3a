import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation.ts';
import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('source', 'list');

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('sources.write', '/editor/sources');
  const t = await getTranslations('editor.sourceLinks');
  return (
    <>
      <p className="meta">
        <Link href="/editor/sources/links">{t('link')}</Link> {t('linkNote')}
      </p>
      <RecordListPage kind="source" searchParams={searchParams} trashAction={trashSourceAction} />
    </>
  );
}
