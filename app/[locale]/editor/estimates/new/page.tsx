import { recordTitle } from '@/lib/i18n/page-title.ts';
import { NewRecordPage } from '@/app/[locale]/editor/record-pages.tsx';
import { saveEstimateAction } from '@/lib/actions/estimates.ts';
import { requirePageAccess } from '@/lib/auth/page-guard.ts';

export const generateMetadata = recordTitle('estimate', 'new');

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** `?event=<slug>&source=<number>`: started from an event's editor page, prefilled with both. */
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess('estimates.write', '/editor/estimates/new');
  const params = await searchParams;
  const values: Record<string, string> = {};
  const event = one(params.event);
  const source = one(params.source);
  if (event && /^[a-z0-9-]{1,200}$/.test(event)) values.event = event;
  if (source && /^\d{1,10}$/.test(source)) values.source = source;
  return <NewRecordPage kind="estimate" saveAction={saveEstimateAction} values={values} />;
}
