// Every shape auth0-js reports errors in (protocol note 2.3 and 10) maps to one fixed code, and no server text
// becomes the message.
import { expect } from '@open-wc/testing';
import { fromAuth0Error } from '../../src/transport/auth0-errors.chunk.js';
import { parseRetryAfter } from '../../src/transport/retry-after.js';

const cases: [string, unknown, string][] = [
  // passwordlessStart / userInfo / oauthToken: { original, statusCode, code, description }
  ['start 403 for a Regular Web Application', { statusCode: 403, code: 'unauthorized_client', description: 'Client authentication is required' }, 'client_authentication_required'],
  ['start 400 bad.email', { statusCode: 400, code: 'bad.email', description: 'error in email - email format validation failed' }, 'invalid_email'],
  ['start 400 bad.phone_number', { statusCode: 400, code: 'bad.phone_number', description: 'String does not match pattern: ^\\+[0-9]{1,15}$' }, 'invalid_phone_number'],
  ['start 400 bad.connection', { statusCode: 400, code: 'bad.connection', description: 'Connection does not exist' }, 'misconfigured'],
  ['start 400 bad.client_id', { statusCode: 400, code: 'bad.client_id', description: 'Missing required property: client_id' }, 'misconfigured'],
  ['start 429', { statusCode: 429, code: 'too_many_requests', description: 'Too many requests.' }, 'rate_limited'],
  ['start 503', { statusCode: 503, code: 'server_error', description: 'oops' }, 'service_unavailable'],
  ['start 400 invalid_captcha (Bot Detection refused the check\'s answer)', { statusCode: 400, code: 'invalid_captcha', description: 'Invalid captcha value' }, 'invalid_captcha'],
  ['start blocked by CORS', { original: { crossDomain: true }, code: null, description: null }, 'network'],
  // passwordlessLogin (/co/authenticate): { original: body, code, description, error, error_description }
  ['wrong email code', { code: 'access_denied', error: 'access_denied', description: 'Wrong email or verification code.', error_description: 'Wrong email or verification code.' }, 'wrong_code'],
  ['wrong sms code', { code: 'access_denied', error: 'access_denied', description: 'Wrong phone number or verification code.' }, 'wrong_code'],
  ['expired code', { code: 'access_denied', description: 'The verification code has expired. Please try to login again.' }, 'code_expired'],
  ['too many attempts on a code', { code: 'access_denied', description: "You've reached the maximum number of attempts. Please try to login again." }, 'too_many_attempts'],
  // Brute-force protection: the account is blocked, which a new code does not change (not the code's last try, above).
  ['blocked user (co/authenticate)', { code: 'too_many_attempts', description: 'Your account has been blocked after multiple consecutive login attempts.' }, 'blocked'],
  ['blocked user (passwordless/verify, 429)', { statusCode: 429, code: 'too_many_attempts', description: "Your account has been blocked after multiple consecutive login attempts. We've sent you an email with instructions on how to unblock it." }, 'blocked'],
  ['blocked user (a link\'s callback)', { error: 'too_many_attempts', errorDescription: 'Your account has been blocked after multiple consecutive login attempts.', state: 's' }, 'blocked'],
  ['too many attempts on a code (oauth/token)', { statusCode: 403, code: 'invalid_grant', description: "You've reached the maximum number of attempts. Please try to login again." }, 'too_many_attempts'],
  ['origin not allowed for cross-origin authentication', { code: 'unauthorized_client', description: 'Cross origin login not allowed.' }, 'origin_not_allowed'],
  ['network failure during code login', { error: 'request_error', error_description: '{}' }, 'network'],
  // parseHash: { error, errorDescription[, state] }
  ['state does not match', { error: 'invalid_token', errorDescription: '`state` does not match.' }, 'link_invalid'],
  ['bad ID token', { error: 'invalid_token', errorDescription: 'Invalid token signature' }, 'invalid_response'],
  ['no verifier (third-party cookies blocked)', { error: 'invalid_request', errorDescription: 'No verifier returned from client.', state: 's' }, 'third_party_cookies_blocked'],
  ['no fallback page (third-party cookies blocked)', { error: 'server_error', errorDescription: 'Unable to configure verification page.' }, 'third_party_cookies_blocked'],
  ['login_required on return from a code login', { error: 'login_required', errorDescription: 'Login required', state: 's' }, 'third_party_cookies_blocked'],
  ['consent on localhost', { error: 'consent_required', errorDescription: 'Consent required' }, 'consent_required'],
  ['an attacker-written callback error', { error: 'access_denied', errorDescription: '<img src=x onerror=alert(1)>' }, 'unknown'],
  // thrown synchronously for bad options
  ['auth0-js option error', new Error('responseType is required'), 'misconfigured'],
];

describe('fromAuth0Error', () => {
  for (const [name, raw, code] of cases) {
    it(`${name} → ${code}`, () => {
      const error = fromAuth0Error(raw);
      expect(error.code).to.equal(code);
      expect(error.message, 'the element sets the translated message, never server text').to.equal('');
    });
  }

  it('puts the precise explanation of a 403 in the developer hint only', () => {
    const error = fromAuth0Error({ statusCode: 403, code: 'unauthorized_client', description: 'Client authentication is required' });
    expect(error.developerHint).to.match(/Regular Web Application/);
    expect(error.recoverable).to.equal(false);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('120')).to.equal(120_000);
    const now = Date.UTC(2030, 0, 1, 12, 0, 0); // one fixed instant: no time passes between the two readings
    expect(parseRetryAfter(new Date(now + 60_000).toUTCString(), now)).to.equal(60_000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });
});
