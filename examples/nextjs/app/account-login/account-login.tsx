'use client';
import { HydratedLogin } from '../hydrated-login';

export function AccountLogin({ html }: { html: string }) {
  // A full load, not router.push: the router may hold /account as it was while signed out (a prefetched redirect).
  return <HydratedLogin html={html} listeners={{ 'passwordless-authenticated': () => window.location.assign('/account') }} />;
}
