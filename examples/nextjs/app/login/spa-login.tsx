'use client';
// The element through passwordless-login/react. Auth0 returns to this page with the tokens in the URL; the element
// finishes the sign-in, shows who is signed in, and offers "Sign out" (Auth0's logout, back to this page).
import { useState } from 'react';
import { PasswordlessLogin } from 'passwordless-login/react';

export function SpaLogin({ domain, clientId }: { domain: string; clientId: string }) {
  // The tokens stay in this page's memory: use authResult.accessToken to call your API.
  const [accessToken, setAccessToken] = useState<string>();
  return (
    <>
      <PasswordlessLogin
        domain={domain}
        clientId={clientId}
        signOutButton
        onPasswordlessAuthenticated={(event) => setAccessToken(event.detail.authResult?.accessToken ?? undefined)}
        onPasswordlessSignedOut={() => setAccessToken(undefined)}
      />
      <p>{accessToken ? 'This page holds an access token for your API.' : 'Signed out: no token in this page.'}</p>
    </>
  );
}
