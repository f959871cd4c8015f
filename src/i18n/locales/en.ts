import type { PasswordlessMessages } from '../messages.js';
import { enFirstStep } from './en-first-step.js';

// The first step's strings are in en-first-step.ts (they ship in the entry chunk).
export const en: PasswordlessMessages = {
  ...enFirstStep,
  // The later steps' headings (the first step's, `title`, is in en-first-step.ts).
  checkEmailTitle: 'Check your email',
  checkPhoneTitle: 'Check your phone',
  continueTitle: 'One more step',
  successTitle: 'Welcome',
  errorTitle: 'Sign-in did not finish',
  countryLabel: 'Country',
  countrySearch: 'Search by country or code',
  countriesFound: (count) => `Countries found: ${count}`,
  countryNoMatch: 'No country matches. Search by its name or calling code, like +44.',
  phoneExample: (example) => `For example: ${example}`,
  didYouMean: (email) => `Did you mean ${email}?`,
  useSuggestion: 'Use this address',
  keepAsTyped: 'Or send to the address as you typed it.',
  alreadySentCode: (recipient) =>
    `We already sent a code to ${recipient}. Enter it, or ask for a new one when the countdown ends.`,
  alreadySentLink: (recipient) =>
    `We already sent a sign-in link to ${recipient}. Open it, or ask for a new one when the countdown ends.`,
  codeLabel: 'Verification code',
  codeHint: (length, newestOnly) => `Enter the ${length}-digit code.${newestOnly ? ' Only the most recent code works.' : ''}`,
  codeSentTo: (recipient) => `We sent a code to ${recipient}.`,
  linkSentTo: (recipient) => `We sent a sign-in link to ${recipient}.`,
  maybeSentCode: (recipient) => `We may already have sent a code to ${recipient}. Check your inbox or messages before asking for another.`,
  maybeSentLink: (recipient) => `We may already have sent a sign-in link to ${recipient}. Check your inbox before asking for another.`,
  checkEmailHint: 'Open the link in this browser to finish signing in. It expires soon.',
  verify: 'Sign in',
  verifying: 'Checking the code…',
  resend: 'Send a new code',
  resendIn: (seconds) => `You can ask for a new one in ${seconds} s.`,
  resendReady: 'You can ask for a new one now.',
  tryAgainIn: (seconds) => `You can try again in ${seconds} s.`,
  tryAgainReady: 'You can try again now.',
  useDifferentEmail: 'Use a different email',
  useDifferentPhone: 'Use a different number',
  signedInAs: (who) => `You are signed in as ${who}.`,
  signedIn: 'You are signed in.',
  startOver: 'Start over',
  sendNewLink: 'Send a new link',
  sendCodeInstead: 'Send me a code instead',
  continueOn: (host) => `Continue on ${host}`,
  continueCodeRefused: (host) =>
    `This browser cannot finish a typed code on this site. Continue on ${host}: it sends you a new code, and you sign in there.`,
  continueCookiesBlocked: (host) =>
    `Your browser blocked the cookie this sign-in needs on this site. Continue on ${host}: it sends you a new code, and you sign in there.`,
  continueOtherBrowser: (recipient) =>
    `This sign-in link for ${recipient} was asked for in another browser or on another device. Continue to sign in here. If you did not ask for it, close this page.`,
  continueHere: 'Continue',
  continueLinkLanding: (recipient) => `Continue to sign in as ${recipient}.`,
  otherTabToo: 'The tab where you asked for the link is signed in too. You can close this one.',
  errors: {
    ...enFirstStep.errors,
    invalid_email: 'Enter one email address, like name@example.com.',
    invalid_phone_number: 'This is not a valid phone number for the chosen country. Check the number, or choose another country.',
    invalid_code: 'Enter only the code from your message, all of its digits.',
    wrong_code: 'That code is not right. Check it and try again.',
    code_expired: 'That code has expired. Ask for a new one.',
    link_expired: 'That sign-in link has expired. Ask for a new one.',
    too_many_attempts: 'That code can no longer be used: it was entered wrong too many times. Ask for a new one.',
    rate_limited: 'Too many messages were sent. Wait a moment, then try again.',
    link_invalid:
      'This sign-in link cannot be used here: it was opened in another browser, has expired, or was already used. Ask for a new one in this browser.',
    session_expired: 'Your sign-in session ended. Please start again.',
    client_authentication_required: 'Sign-in is not available on this site right now. Please contact the site owner.',
    consent_required: 'Sign-in is not available on this site right now. Please contact the site owner.',
    third_party_cookies_blocked:
      'Your browser blocked the cookie this sign-in needs. Try another browser, or ask the site owner for help.',
    origin_not_allowed: 'Sign-in is not available on this site right now. Please contact the site owner.',
    invalid_response: 'The sign-in could not be verified. Please start again.',
    service_unavailable: 'The sign-in service is having trouble. Try again in a moment.',
    blocked: 'Too many failed sign-ins. Sign-in is paused for this account for a while: try again later, or contact the site owner.',
    unknown: 'Something went wrong. Please try again.',
  },
};
