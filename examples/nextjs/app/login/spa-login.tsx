'use client';
// Auth0 returns to this page with the tokens in the URL; the element (a fresh one, rendered in the browser: see
// passwordless-login/hydrate) finishes the sign-in, shows who is signed in, and offers "Sign out" (Auth0's logout,
// back to this page).
import { useState } from 'react';
import { HydratedLogin } from '../hydrated-login';

export function SpaLogin({ html }: { html: string }) {
  // The tokens stay in this page's memory: use authResult.accessToken to call your API.
  const [accessToken, setAccessToken] = useState<string>();
  return (
    <>
      <HydratedLogin
        html={html}
        listeners={{
          'passwordless-authenticated': (event) => setAccessToken(event.detail.authResult?.accessToken ?? undefined),
          'passwordless-signed-out': () => setAccessToken(undefined),
        }}
      />
      <p>{accessToken ? 'This page holds an access token for your API.' : 'Signed out: no token in this page.'}</p>
    </>
  );
}
