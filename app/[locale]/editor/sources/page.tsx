import Link from 'next/link';
import type { Metadata } from 'next';
import { RecordListPage } from '@/app/[locale]/editor/record-pages.tsx';
import { trashSourceAction } from '@/lib/actions/sources.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const metadata: Metadata = { title: 'Sources' };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('sources.write', '/editor/sources');
  return (
    <>
      <p className="meta">
        <Link href="/editor/sources/links">Link checks and archived copies</Link> (dead links
        flagged)
      </p>
      <RecordListPage kind="source" searchParams={searchParams} trashAction={trashSourceAction} />
    </>
  );
}
