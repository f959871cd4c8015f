// A protected page: without a session it sends the person to log in, and back here afterwards.
import { redirect } from 'next/navigation';
import { auth0 } from '../../lib/auth0.js';

export default async function Profile() {
  const session = await auth0.getSession();
  if (!session) redirect('/auth/login?returnTo=/profile');
  const { user } = session;
  return (
    <main>
      <h1>Your profile</h1>
      <dl>
        <dt>Email</dt>
        <dd id="email">{user.email}</dd>
        <dt>User ID</dt>
        <dd id="sub">{user.sub}</dd>
      </dl>
      <p>
        <a href="/">Home</a> · <a href="/auth/logout">Log out</a>
      </p>
    </main>
  );
}
