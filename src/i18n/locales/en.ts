import type { PasswordlessMessages } from '../messages.js';
import { enFirstStep } from './en-first-step.js';

// The first step's strings are in en-first-step.ts (they ship in the entry chunk).
export const en: PasswordlessMessages = {
  ...enFirstStep,
  countryLabel: 'Country',
  didYouMean: (email) => `Did you mean ${email}?`,
  useSuggestion: 'Use this address',
  codeLabel: 'Verification code',
  codeHint: (length) => `Enter the ${length}-digit code. Only the most recent code works.`,
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
  useDifferentEmail: 'Use a different email',
  useDifferentPhone: 'Use a different number',
  signedInAs: (who) => `You are signed in as ${who}.`,
  signedIn: 'You are signed in.',
  welcomeBack: 'Welcome back.',
  signOut: 'Sign out',
  signingOut: 'Signing you out…',
  signedOut: 'You are signed out.',
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
    invalid_phone_number: 'Enter a valid phone number with its country code, like +44 7911 123456.',
    invalid_code: 'Enter the code from your message: digits only.',
    wrong_code: 'That code is not right. Check it and try again.',
    code_expired: 'That code has expired. Ask for a new one.',
    too_many_attempts: 'Too many wrong tries for this code. Ask for a new one.',
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
    unknown: 'Something went wrong. Please try again.',
  },
};
