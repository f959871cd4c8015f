// For signed-in people only: proxy.ts turns away visitors without a session cookie, and this Server Component asks
// the session store (a cookie may outlive its session: signed out elsewhere, expired).
import { redirect } from 'next/navigation';
import { currentSession } from '@/lib/session';
import { SignOutButton } from './sign-out-button';

export default async function AccountPage() {
  const session = await currentSession();
  if (!session) redirect('/account-login');
  return (
    <main>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{String(session.user.email ?? session.user.phone_number ?? session.user.sub)}</strong>.
      </p>
      <SignOutButton />
    </main>
  );
}
