import { CLAIM_STATUS_LABELS } from '@/lib/schemas/enums.ts';

const LABELS: Record<string, string> = { ...CLAIM_STATUS_LABELS, draft: 'Draft' };

/** The claim status in words and colour, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{LABELS[status] ?? status}</span>;
}
