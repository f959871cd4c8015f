// @ts-check
// A human check's site key and Arkose subdomain reach the element from a server (the handler's settings and
// refusals, Auth0's /passwordless/challenge) and go into the provider's script URL and widget: the element renders
// only plain tokens, and the handler refuses at creation a `humanCheck.siteKey` the element would refuse to render.
// One rule for both sides. (Its own module, not wire.js: the entry chunk imports wire.js, and only the widget
// chunk needs this.)

/**
 * Letters, digits, "_" and "-": every provider's real keys are so (Turnstile `0x4AAAAAAA…`, hCaptcha and Arkose
 * UUIDs, reCAPTCHA `6L…` of 40, Friendly Captcha `FC…`).
 */
const SITE_KEY = /^[A-Za-z0-9_-]{1,128}$/;
/** One DNS label: Arkose's script is `https://{subdomain}.arkoselabs.com/…`. */
const ARKOSE_SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Whether `value` is a site key the element renders. @param {unknown} value @returns {value is string} */
export function isSiteKey(value) {
  return typeof value === 'string' && SITE_KEY.test(value);
}

/** Whether `value` is an Arkose client subdomain the element loads from. @param {unknown} value @returns {value is string} */
export function isArkoseSubdomain(value) {
  return typeof value === 'string' && ARKOSE_SUBDOMAIN.test(value);
}
