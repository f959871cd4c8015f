'use client';
// Backend mode: the element posts to this app's route handler (app/auth/passwordless/[...route]/route.ts), which
// talks to Auth0 with the Regular Web Application's secret and sets the session cookie. No token reaches the browser.
import { PasswordlessLogin } from 'passwordless-login/react';
import { ENDPOINT } from '@/lib/endpoint';

export default function AccountLoginPage() {
  return (
    <main>
      <h1>Sign in to your account (backend mode)</h1>
      {/* A full load, not router.push: the router may hold /account as it was while signed out (a prefetched redirect). */}
      <PasswordlessLogin endpoint={ENDPOINT} onPasswordlessAuthenticated={() => window.location.assign('/account')} />
    </main>
  );
}
