// The home page, a Server Component: the session is read on the server from the SDK's encrypted cookie.
import { auth0 } from '../lib/auth0.js';

export default async function Home() {
  const session = await auth0.getSession();
  if (!session) {
    return (
      <main>
        <h1>Signed out</h1>
        {/* A plain <a>, not <Link>: the SDK's /auth/login must be a real navigation, never a prefetch. */}
        <a href="/auth/login">Log in</a>
      </main>
    );
  }
  return (
    <main>
      <h1 id="signed-in">Signed in as {session.user.email ?? session.user.sub}</h1>
      <p>
        <a href="/profile">Your profile</a> · <a href="/auth/logout">Log out</a>
      </p>
    </main>
  );
}
