import 'server-only';
import { getDb } from './client.ts';
import type { Tx } from './revisions.ts';

const REVIEW_REQUIRED = 'review_required';

/** When on, an event's author cannot publish it: a second editor must. Off by default. */
export async function isReviewRequired(tx?: Tx): Promise<boolean> {
  const where = { key: REVIEW_REQUIRED };
  const row = await (tx ? tx.setting.findUnique({ where }) : getDb().setting.findUnique({ where }));
  return row?.value === true;
}

export async function setReviewRequired(on: boolean): Promise<void> {
  await getDb().setting.upsert({
    where: { key: REVIEW_REQUIRED },
    create: { key: REVIEW_REQUIRED, value: on },
    update: { value: on },
  });
}
