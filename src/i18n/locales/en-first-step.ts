// The English the entry chunk needs to show the first step (and refuse to run): the rest of `en` loads with the
// other steps. Every locale still implements the whole PasswordlessMessages.
import type { PasswordlessMessages } from '../messages.js';

export type FirstStepMessages = Pick<
  PasswordlessMessages,
  '$code' | '$dir' | 'title' | 'emailLinkHint' | 'emailLabel' | 'emailHint' | 'phoneLabel' | 'phoneHint' | 'sendCode' | 'sendLink' | 'sending' | 'signingIn' | 'tryAgain'
> & { errors: Partial<PasswordlessMessages['errors']> };

export const enFirstStep = {
  $code: 'en',
  $dir: 'ltr',
  title: 'Sign in',
  emailLinkHint: 'We will email you a sign-in link. No password needed.',
  emailLabel: 'Email address',
  emailHint: 'We will email you a one-time code. No password needed.',
  phoneLabel: 'Phone number',
  phoneHint: 'We will text you a one-time code.',
  sendCode: 'Send code',
  sendLink: 'Email me a sign-in link',
  sending: 'Sending…',
  signingIn: 'Signing you in…',
  tryAgain: 'Try again',
  errors: {
    network: 'We could not reach the sign-in service. Check your connection and try again.',
    misconfigured: 'Sign-in is not available on this site right now. Please contact the site owner.',
    framed: 'This sign-in cannot be shown inside another site. Open this page in its own tab to sign in.',
  },
} satisfies FirstStepMessages;
