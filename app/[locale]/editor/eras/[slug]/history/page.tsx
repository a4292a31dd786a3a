import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertEraAction } from '@/lib/actions/eras.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('era', 'history');

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageAccess('eras.write', `/editor/eras/${slug}/history`);
  return (
    <RecordHistoryPage
      kind="era"
      recordKey={slug}
      searchParams={searchParams}
      revertAction={revertEraAction}
    />
  );
}
