import type { Metadata } from 'next';
import { NewRecordPage } from '@/components/editor/record-pages.tsx';
import { saveActorAction } from '@/lib/actions/actors.ts';

export const metadata: Metadata = { title: 'New: Actors' };

export default function Page() {
  return <NewRecordPage kind="actor" saveAction={saveActorAction} />;
}
