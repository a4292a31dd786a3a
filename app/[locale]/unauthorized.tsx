import { Link } from '@/i18n/navigation.ts';

// Shown with a 401 when a signed-out visitor (or an expired session) asks for an editor's
// page or action (an Unauthenticated thrown by requirePermission; see lib/http/errors.ts).
export default function Unauthorized() {
  return (
    <>
      <h1>Sign in to do this</h1>
      <p>This needs an editor account, and you are not signed in (or your session has ended).</p>
      <p>
        <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
