// auth0-js reports failures in four shapes (protocol note 2.3); this reads each into the one Auth0 error table the
// server shares (protocol/auth0-errors.js). Raw server text never reaches the screen: it only chooses the code, and
// goes into developer hints.
import { classifyAuth0Error } from '../../protocol/auth0-errors.js';
import { loginError, type LoginError } from '../model.js';
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
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .slice(0, 160);
}

/** `step`: `callback` for the errors of parseHash (a wrong code there is a link that cannot work), else `verify`. */
export function fromAuth0Error(raw: unknown, step: 'start' | 'verify' | 'callback' = 'verify'): LoginError {
  if (raw instanceof Error && !('code' in raw) && !('error' in raw)) {
    // auth0-js throws synchronous Errors for bad options (missing responseType, connection...).
    return loginError('misconfigured', { developerHint: `auth0-js rejected the options: ${raw.message}` });
  }
  const err = (raw ?? {}) as Auth0LikeError;
  const answer = {
    status: err.statusCode,
    error: String(err.code ?? err.error ?? err.original?.error ?? ''),
    description: String(err.description ?? err.error_description ?? err.errorDescription ?? err.original?.error_description ?? ''),
    crossDomain: !!err.original?.crossDomain,
  };
  const { code, hint } = classifyAuth0Error(answer, { step, side: 'browser' });
  const said = `Auth0 said: ${redact(answer.error) || answer.status || 'nothing'}${answer.description ? `, "${redact(answer.description)}"` : ''}`;
  const developerHint = hint ? `${hint} (${said})` : `(${said})`;
  const headers = err.original?.response?.header;
  if (code === 'rate_limited') {
    return loginError(code, { retryAfterMs: parseRetryAfter(headers?.['retry-after']) ?? parseRateLimitReset(headers?.['x-ratelimit-reset']), developerHint });
  }
  if (code === 'service_unavailable') return loginError(code, { retryAfterMs: parseRetryAfter(headers?.['retry-after']), developerHint });
  // The request left: the answer, not necessarily the request, may be what was lost.
  if (code === 'network') return loginError(code, { uncertain: true, developerHint });
  return loginError(code, { developerHint });
}
