// @ts-check
// Who a throttle counts: one key per inbox and per phone, so `+tags`, Gmail's dots and letter case do not make
// one person into many. The key is only ever counted and hashed; what is sent to Auth0 stays as the person
// typed it (normalised by the protocol's rules).

/** Domains where dots in the local part do not change the inbox (Google's). Sites can add their own. */
export const DOTLESS_DOMAINS = ['gmail.com', 'googlemail.com'];

/**
 * The inbox an address reaches: NFKC and lower case, the `+tag` dropped, and (for the dotless domains) the dots
 * of the local part dropped, googlemail.com counted as gmail.com.
 * @param {string} email normalised by the protocol (normaliseEmail: trimmed, domain lower case, IDN as A-labels)
 * @param {readonly string[]} dotless
 */
export function inboxKey(email, dotless) {
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at).normalize('NFKC').toLowerCase();
  let domain = email.slice(at + 1).normalize('NFKC').toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (dotless.includes(domain)) {
    local = local.replaceAll('.', '');
    if (domain === 'googlemail.com') domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/**
 * The throttle key of an identifier. Phones arrive as E.164 already (the protocol's normalisePhone, through
 * libphonenumber-js: the trunk zero of `+44 07…` is gone, impossible numbers were refused).
 * @param {'email'|'sms'} connection @param {string} identifier @param {readonly string[]} dotless
 */
export function throttleKey(connection, identifier, dotless) {
  return connection === 'email' ? `email:${inboxKey(identifier, dotless)}` : `sms:${identifier}`;
}

/**
 * How many trailing digits a phone number's range leaves out: the `perPhoneRange` counter counts the 1,000 numbers
 * that share everything else together. Pumpers rent blocks of consecutive numbers (premium or international
 * revenue-share ranges, typically 1,000 to 10,000 long), so a block counts as one; among real people, consecutive
 * numbers belong to strangers, who rarely sign in to one site within an hour (server/README.md, "Throttles").
 */
export const RANGE_DIGITS = 3;

/**
 * The range key of an E.164 number: the number without its last RANGE_DIGITS digits (`+44791112` for
 * `+447911123456`).
 * @param {string} e164
 */
export function phoneRange(e164) {
  return `sms-range:${e164.slice(0, -RANGE_DIGITS)}`;
}
