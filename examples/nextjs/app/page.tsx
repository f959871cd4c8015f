import Link from 'next/link';

export default function Home() {
  return (
    <main>
      <h1>Passwordless sign-in with Auth0</h1>
      <ul>
        <li>
          <Link href="/login">SPA mode</Link>: the browser talks to Auth0 (a Single Page Application) and keeps the tokens.
        </li>
        <li>
          <Link href="/account-login">Backend mode</Link>: this server talks to Auth0 (a Regular Web Application) and keeps
          the session; <Link href="/account">your account</Link> is for signed-in people only.
        </li>
      </ul>
    </main>
  );
}
