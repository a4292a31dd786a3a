import Link from 'next/link';

/** Shown (with a 403) when a signed-in editor opens an admin page: no page data is read. */
export default function AdminForbidden() {
  return (
    <section className="card">
      <h1>Admins only</h1>
      <p>Your role does not allow managing accounts or settings.</p>
      <p>
        <Link href="/editor">Back to the editor</Link>
      </p>
    </section>
  );
}
