import { Link } from '@/i18n/navigation.ts';

// Shown with a 403 when a signed-in account asks for what its role does not allow (a
// Forbidden thrown by requirePermission in a page or server action; see lib/http/errors.ts).
export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p>Your role does not allow this. An admin can change your role under Users.</p>
      <p>
        <Link href="/editor">Back to the editor</Link>
      </p>
    </>
  );
}
