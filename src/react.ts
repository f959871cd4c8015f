// passwordless-login/react: <PasswordlessLogin> for React 17, 18 and 19, made with @lit/react. Importing it defines
// the custom element in the browser; on a server (Next.js SSR) it renders the bare tag and defines nothing.
//
//   import { PasswordlessLogin } from 'passwordless-login/react';
//   <PasswordlessLogin domain="tenant.eu.auth0.com" clientId="…" onPasswordlessAuthenticated={(e) => setUser(e.detail.user)} />
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { PasswordlessLogin as PasswordlessLoginElement } from './passwordless-login.js';
import type {
  PasswordlessAuthenticatedEvent,
  PasswordlessErrorEvent,
  PasswordlessSignedOutEvent,
  PasswordlessStartEvent,
  PasswordlessStateChangeEvent,
} from './events/passwordless-events.js';

// @lit/react tells properties from attributes by the accessors on the prototype, which Lit creates when the class is
// finalized: on define, or here if another copy of the library defined the tag first.
void PasswordlessLoginElement.observedAttributes;

/**
 * The element as a React component. Every property of the element is a prop (`domain`, `clientId`, `connection`,
 * `send`, `endpoint`, `messages`, `customTransport`, …); the events are typed callback props.
 */
export const PasswordlessLogin = createComponent({
  tagName: 'passwordless-login',
  elementClass: PasswordlessLoginElement,
  react: React,
  events: {
    /** Signed in: `event.detail` is `{ user, authResult? }`. */
    onPasswordlessAuthenticated: 'passwordless-authenticated' as EventName<PasswordlessAuthenticatedEvent>,
    /** A code or link was sent: `{ connection, send, recipient }` (recipient masked). */
    onPasswordlessStart: 'passwordless-start' as EventName<PasswordlessStartEvent>,
    /** Something failed: `{ code, message, recoverable }`. */
    onPasswordlessError: 'passwordless-error' as EventName<PasswordlessErrorEvent>,
    /** The step changed: `{ from, to }`. */
    onPasswordlessStateChange: 'passwordless-state-change' as EventName<PasswordlessStateChangeEvent>,
    /** Signed out (`signOut()` or the sign-out button). */
    onPasswordlessSignedOut: 'passwordless-signed-out' as EventName<PasswordlessSignedOutEvent>,
  },
  displayName: 'PasswordlessLogin',
});

/** The props of `<PasswordlessLogin>`. */
export type PasswordlessLoginProps = React.ComponentProps<typeof PasswordlessLogin>;

export type { PasswordlessLoginElement };
