const LABELS: Record<string, string> = {
  reported: 'Reported',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  denied: 'Denied',
  retracted: 'Retracted',
  draft: 'Draft',
};

/** The claim status in words and colour, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{LABELS[status] ?? status}</span>;
}
