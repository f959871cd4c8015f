// Backend mode: the element posts to this app's route handler (app/auth/passwordless/[...route]/route.ts), which
// talks to Auth0 with the Regular Web Application's secret and sets the session cookie. No token reaches the browser.
// Its first step is rendered here, on the server (at build time: nothing in it changes per request).
import { renderLogin } from '@/lib/render-login';
import { ENDPOINT } from '@/lib/endpoint';
import { AccountLogin } from './account-login';

export default async function AccountLoginPage() {
  return (
    <main>
      <h1>Sign in to your account (backend mode)</h1>
      <AccountLogin html={await renderLogin({ endpoint: ENDPOINT })} />
    </main>
  );
}
