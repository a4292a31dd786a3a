import { useTranslations } from 'next-intl';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/schemas/enums.ts';

const isStatus = (s: string): s is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(s);

/** The claim status in words and colour, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations('terms');
  const label = isStatus(status) ? t(`status.${status}`) : status === 'draft' ? t('draft') : status;
  return <span className={`badge badge-${status}`}>{label}</span>;
}
