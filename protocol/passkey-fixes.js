// @ts-check
// Each passkey setup requirement's fix, in words for developers: the element's console line and the server's log.
// Never shown to the person, who sees the code path only. (Apart from passkey-errors.js so that each lazy chunk of the
// element imports only one of the two: the SPA transport classifies, the passkey ceremony chunk explains.)

/** @typedef {import('./wire.js').PasskeyRequirement} PasskeyRequirement */

/**
 * Each requirement's fix, for the console line (SPA mode) and the server log (backend mode). Never shown to the
 * person, who sees the code path only.
 * @type {Readonly<Record<PasskeyRequirement, string>>}
 */
export const PASSKEY_FIXES = {
  browser: 'this browser cannot use passkeys (no WebAuthn, or no passkey it can offer): the person signs in with a code.',
  custom_domain:
    "Auth0's Passkey APIs answer only on a custom domain: set one up (Branding > Custom Domains) and use it as the domain " +
    '(SPA mode) or the handler\'s domain (backend mode), not the tenant\'s auth0.com domain.',
  grant: 'the application lacks the Passkey grant: Applications > your application > Advanced Settings > Grant Types > Passkey (urn:okta:params:oauth:grant-type:webauthn).',
  first_party: 'third-party applications may not use the Passkey APIs: use a first-party application.',
  oidc_conformant: 'the application must be OIDC-conformant (Advanced Settings > OAuth > OIDC Conformant).',
  connection:
    'no database connection with passkeys is enabled for the application: Authentication > Database > your connection > ' +
    'Authentication Methods > Passkey, and enable the connection for the application (or name it: the handler\'s passkeys.connection).',
  rp_id:
    "this page's host does not share the passkeys' Relying Party ID (by default the custom domain): serve the page from " +
    'that domain or a subdomain of it, or set a custom Relying Party ID that is a parent of both (Tenant Settings > Relying Party IDs).',
  my_account:
    'creating a passkey after a code sign-in needs the My Account API: activate it (Applications > APIs), give the ' +
    'application a user client grant with create:me:authentication_methods, and leave the handler without its own audience.',
  not_enabled: "the Passkey APIs are not enabled for this tenant, or the site's server offers no passkeys (its passkeys option).",
  mfa:
    'the tenant asks for multi-factor authentication after a passkey sign-in (mfa_required), which this element cannot ' +
    "show: let a passkey satisfy MFA in the connection's passkey policy (Authentication > Database > your connection > " +
    'Authentication Methods > Passkey > Configure), or leave passkeys off and sign in with codes.',
};

/** The developer's line for a missing requirement. @param {PasskeyRequirement} requirement */
export function passkeyHint(requirement) {
  return `passkeys are off for this element (requirement "${requirement}"): ${PASSKEY_FIXES[requirement]}`;
}
