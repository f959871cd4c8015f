// auth0-js reports failures in four shapes (protocol note 2.3); this maps each to one LoginError.
// Raw server text never reaches the screen: it only chooses the code, and goes into developer hints.
import { loginError, type LoginError } from './login-error.js';
import { parseRetryAfter } from './retry-after.js';

interface Auth0LikeError {
  error?: string;
  error_description?: string;
  errorDescription?: string;
  code?: string | number | null;
  description?: string | null;
  statusCode?: number;
  message?: string;
  original?: { crossDomain?: boolean; response?: { header?: Record<string, string> }; error?: string; error_description?: string };
}

const SPA_APPLICATION_HINT =
  'Auth0 answered 403 "Client authentication is required": this client ID belongs to a Regular Web Application ' +
  '(a confidential client with a secret). In SPA mode use an Auth0 "Single Page Application" (token endpoint ' +
  'authentication method: None), or switch to backend mode with the endpoint attribute and the server handler.';

const THIRD_PARTY_COOKIE_HINT =
  'Code login goes through cross-origin authentication, which needs the Auth0 session cookie to be sent from this ' +
  'page\'s site. The browser blocked it (Safari, or Chrome with third-party cookies off). Use an Auth0 custom domain ' +
  'on the same site as this page (login.example.com for app.example.com), or backend mode.';

/** Auth0's `x-ratelimit-reset`: when the limit resets, in epoch seconds. */
export function parseRateLimitReset(value: string | null | undefined, now = Date.now()): number | undefined {
  const seconds = Number(value);
  if (!value || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.max(0, seconds * 1000 - now);
}

/**
 * Server text for the console only: it is attacker-controllable (callback parameters) and may echo what was typed.
 * No markup, no addresses, numbers or tokens, no control or bidi characters, at most 160 characters.
 */
export function redact(text: string): string {
  return text
    .replace(/<[^>]*>?/g, '[markup]')
    .replace(/eyJ[\w-]+\.[\w-]+\.?[\w-]*/g, '[token]')
    .replace(/[^\s"'<>@]+@[^\s"'<>@]+/g, '[address]')
    .replace(/\+?\d[\d\s().-]{4,}\d/g, '[number]')
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .slice(0, 160);
}

export function fromAuth0Error(raw: unknown): LoginError {
  if (raw instanceof Error && !('code' in raw) && !('error' in raw)) {
    // auth0-js throws synchronous Errors for bad options (missing responseType, connection...).
    return loginError('misconfigured', { developerHint: `auth0-js rejected the options: ${raw.message}` });
  }
  const err = (raw ?? {}) as Auth0LikeError;
  const code = String(err.code ?? err.error ?? err.original?.error ?? '');
  const description = String(
    err.description ?? err.error_description ?? err.errorDescription ?? err.original?.error_description ?? '',
  );
  const status = err.statusCode;
  const hint = (text: string) => ({ developerHint: `${text} (Auth0 said: ${redact(code) || status || 'nothing'}${description ? `, "${redact(description)}"` : ''})` });

  if (status === 429 || code === 'too_many_requests') {
    return loginError('rate_limited', {
      retryAfterMs:
        parseRetryAfter(err.original?.response?.header?.['retry-after']) ??
        parseRateLimitReset(err.original?.response?.header?.['x-ratelimit-reset']),
      ...hint('Auth0 is rate-limiting passwordless starts from this address.'),
    });
  }
  if (code === 'too_many_attempts') return loginError('too_many_attempts', hint('The account is blocked for a while.'));
  if (code === 'unauthorized_client' && /client authentication is required/i.test(description)) {
    return loginError('client_authentication_required', { developerHint: SPA_APPLICATION_HINT });
  }
  if (code === 'unauthorized_client') {
    return loginError('origin_not_allowed', hint(
      `Auth0 refused this origin (${location.origin}). Add it to the application's Allowed Origins (CORS) and ` +
        'Allowed Web Origins, and turn on Cross-Origin Authentication.',
    ));
  }
  if (code === 'bad.email') return loginError('invalid_email', hint('Auth0 refused the email address.'));
  if (code === 'bad.phone_number') return loginError('invalid_phone_number', hint('Auth0 refused the phone number.'));
  if (code.startsWith('bad.')) {
    return loginError('misconfigured', hint(
      'Check the client-id attribute and that the passwordless connection (email or sms) exists and is enabled for this application.',
    ));
  }
  if (code === 'access_denied' || code === 'invalid_grant') {
    if (/expired/i.test(description)) return loginError('code_expired');
    if (/maximum number of attempts/i.test(description)) return loginError('too_many_attempts');
    if (/wrong|invalid/i.test(description)) return loginError('wrong_code');
    return loginError('unknown', hint('Access was denied.'));
  }
  if (/no verifier returned from client|unable to configure verification page/i.test(description)) {
    return loginError('third_party_cookies_blocked', { developerHint: THIRD_PARTY_COOKIE_HINT });
  }
  if (code === 'invalid_token' && /state.*does not match/i.test(description)) {
    return loginError('link_invalid', hint(
      'The callback\'s state was not found in this browser: the link was opened in another browser or profile, ' +
        'after 30 minutes, or a second time (mail scanners open links first). parseHash also fails like this if it runs twice.',
    ));
  }
  if (code === 'invalid_token' || code === 'invalid_hash') {
    const clock = /\((exp|iat|nbf|auth_time)\) claim/i.test(description)
      ? ' If this happens to every sign-in on one device, check that device\'s clock.'
      : '';
    return loginError('invalid_response', hint(`The ID token in the callback failed verification.${clock}`));
  }
  if (code === 'consent_required') {
    return loginError('consent_required', hint(
      'Auth0 never skips consent for localhost redirect URIs: use a host name other than localhost, or no audience.',
    ));
  }
  // The element never calls checkSession, so login_required only comes back from /authorize after a code login
  // whose Auth0 session cookie the browser did not send: blocked third-party cookies.
  if (code === 'login_required') return loginError('third_party_cookies_blocked', { developerHint: THIRD_PARTY_COOKIE_HINT });
  if (code === 'request_error' || code === 'timeout' || err.original?.crossDomain || (!code && !description && !status)) {
    return loginError('network', {
      // The request left: the answer, not necessarily the request, may be what was lost.
      uncertain: true,
      ...hint(`The request did not complete: offline, or ${location.origin} is not in the application's Allowed Origins (CORS).`),
    });
  }
  if ((status ?? 0) >= 500 || code === 'server_error' || code === 'temporarily_unavailable') {
    return loginError('service_unavailable', {
      retryAfterMs: parseRetryAfter(err.original?.response?.header?.['retry-after']),
      ...hint('Auth0 failed.'),
    });
  }
  return loginError('unknown', hint('Unexpected error.'));
}
