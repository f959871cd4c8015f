// @ts-check
// The exact error texts real Auth0 returns for passwordless logins (protocol note sections 5.2, 9.1).

export const TEXT = {
  wrongEmail: 'Wrong email or verification code.',
  wrongPhone: 'Wrong phone number or verification code.',
  expired: 'The verification code has expired. Please try to login again.',
  maxAttempts: "You've reached the maximum number of attempts. Please try to login again.",
  clientAuthRequired: 'Client authentication is required',
  unauthorized: 'Unauthorized',
  tooManyRequests: 'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.',
  phonePattern: 'String does not match pattern: ^\\+[0-9]{1,15}$',
  noVerificationPage: 'Unable to configure verification page.',
  noVerifier: 'No verifier returned from client.',
  unknownTicket: 'Unknown login ticket.',
  // Auth0's page for a magic link started on a server, without allow_magiclink_verify_without_session.
  linkNeedsSameBrowser: 'The link must be opened on the same device and browser from which you submitted your email address.',
  blocked: "Your account has been blocked after multiple consecutive login attempts. We've sent you an email with instructions on how to unblock it.",
};

/**
 * The "wrong code" text for a connection.
 * @param {string} connection
 */
export function wrongCodeText(connection) {
  return connection === 'sms' ? TEXT.wrongPhone : TEXT.wrongEmail;
}

/**
 * Auth0's text for a failed code check.
 * @param {'wrong'|'expired'|'max_attempts'|'blocked'} reason from checkCode @param {string} connection
 */
export function codeFailureText(reason, connection) {
  switch (reason) {
    case 'expired': return TEXT.expired;
    case 'max_attempts': return TEXT.maxAttempts;
    case 'blocked': return TEXT.blocked;
    default: return wrongCodeText(connection);
  }
}
