import { Link } from '@/i18n/navigation.ts';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no published record at this address. It may have been moved, trashed or never
        published.
      </p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </>
  );
}
