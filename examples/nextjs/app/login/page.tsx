// SPA mode: the element's first step is rendered here, on the server, into the page's HTML; spa-login.tsx takes it
// over in the browser.
import { connection } from 'next/server';
import { renderLogin } from '@/lib/render-login';
import { SpaLogin } from './spa-login';

export default async function LoginPage() {
  await connection(); // the settings are read when the page is asked for, not baked in at build time
  const html = await renderLogin({ domain: process.env.AUTH0_DOMAIN!, 'client-id': process.env.AUTH0_SPA_CLIENT_ID!, 'sign-out-button': true });
  return (
    <main>
      <h1>Sign in (SPA mode)</h1>
      <SpaLogin html={html} />
    </main>
  );
}
