import type { Metadata } from 'next';
import { RecordListPage } from '@/components/editor/record-pages.tsx';
import { trashActorAction } from '@/lib/actions/actors.ts';

export const metadata: Metadata = { title: 'Actors' };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <RecordListPage kind="actor" searchParams={searchParams} trashAction={trashActorAction} />;
}
