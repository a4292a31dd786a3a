import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertTagAction } from '@/lib/actions/tags.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('tag', 'history');

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageAccess('tags.write', `/editor/tags/${slug}/history`);
  return (
    <RecordHistoryPage
      kind="tag"
      recordKey={slug}
      searchParams={searchParams}
      revertAction={revertTagAction}
    />
  );
}
