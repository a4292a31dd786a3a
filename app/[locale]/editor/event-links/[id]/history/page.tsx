import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertEventLinkAction } from '@/lib/actions/event-links.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('link', 'history');

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageAccess('links.write', `/editor/event-links/${id}/history`);
  return (
    <RecordHistoryPage
      kind="link"
      recordKey={id}
      searchParams={searchParams}
      revertAction={revertEventLinkAction}
    />
  );
}
