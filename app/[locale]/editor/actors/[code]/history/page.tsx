import { recordTitle } from '@/lib/i18n/page-title.ts';
import { RecordHistoryPage } from '@/app/[locale]/editor/record-pages.tsx';
import { revertActorAction } from '@/lib/actions/actors.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('actor', 'history');

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { code } = await params;
  await requirePageAccess('actors.write', `/editor/actors/${code}/history`);
  return (
    <RecordHistoryPage
      kind="actor"
      recordKey={code}
      searchParams={searchParams}
      revertAction={revertActorAction}
    />
  );
}
