// SPA mode, rendered on the server like any page (no `ssr: false`): the element upgrades in the browser.
import { connection } from 'next/server';
import { SpaLogin } from './spa-login';

export default async function LoginPage() {
  await connection(); // the settings are read when the page is asked for, not baked in at build time
  return (
    <main>
      <h1>Sign in (SPA mode)</h1>
      <SpaLogin domain={process.env.AUTH0_DOMAIN!} clientId={process.env.AUTH0_SPA_CLIENT_ID!} />
    </main>
  );
}
