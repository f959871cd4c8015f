'use client';
// Ends the session on the server (POST {endpoint}/logout, as the element's signOut() does: JSON and the
// X-Passwordless-Login header, which no other site's form can send), then leaves the protected page with a full load,
// so that nothing the router kept from while signed in is shown again.
import { useState } from 'react';
import { ENDPOINT } from '@/lib/endpoint';

export function SignOutButton() {
  const [failed, setFailed] = useState(false);
  async function signOut() {
    const response = await fetch(`${ENDPOINT}/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-passwordless-login': '1' },
      body: '{}',
    }).catch(() => null);
    if (!response?.ok) return setFailed(true);
    window.location.assign('/account-login');
  }
  return (
    <>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
      {failed && <p role="alert">You could not be signed out. Please try again.</p>}
    </>
  );
}
