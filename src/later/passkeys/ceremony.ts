// The browser's side of a passkey, in the passkeys chunk (passkeys.chunk.ts, fetched only by elements with the
// `passkeys` attribute): @simplewebauthn/browser turns Auth0's JSON options into a WebAuthn call and its credential back into
// JSON, runs one ceremony at a time (a new one aborts the last: the button's replaces the field's autofill), and
// names what went wrong. Also the developer's words for a missing requirement (protocol/passkey-fixes.js).
import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill, startAuthentication, startRegistration, WebAuthnAbortService } from '@simplewebauthn/browser';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { passkeyHint } from '../../../protocol/passkey-fixes.js';
import type { PasskeyRequirement } from '../../../protocol/wire.js';

/** What this browser can do with passkeys. */
export interface PasskeySupport {
  /** navigator.credentials with public keys at all. */
  webauthn: boolean;
  /** Passkeys offered in the field's autofill (conditional mediation). */
  autofill: boolean;
  /** A passkey can be made here or on a phone nearby: worth offering to create one. */
  create: boolean;
}

type Capabilities = Record<string, boolean | undefined>;
type WithCapabilities = { getClientCapabilities?: () => Promise<Capabilities>; signalUnknownCredential?: (o: { rpId: string; credentialId: string }) => Promise<void> };
const credentialApi = () => (typeof PublicKeyCredential === 'function' ? (PublicKeyCredential as unknown as WithCapabilities) : undefined);

/** Feature detection: the browser's own list (getClientCapabilities) where it has one, else the older checks. */
export async function passkeySupport(): Promise<PasskeySupport> {
  if (!browserSupportsWebAuthn()) return { webauthn: false, autofill: false, create: false };
  const capabilities = await credentialApi()?.getClientCapabilities?.().catch(() => undefined);
  if (capabilities) {
    return {
      webauthn: true,
      autofill: capabilities.conditionalGet === true,
      create: capabilities.passkeyPlatformAuthenticator === true || capabilities.hybridTransport === true || capabilities.userVerifyingPlatformAuthenticator === true,
    };
  }
  const platform = await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false);
  return { webauthn: true, autofill: await browserSupportsWebAuthnAutofill(), create: platform };
}

/** The RP ID the options name (a login's `rpId`, a creation's `rp.id`), or '' when they name none (the page's host). */
export function rpIdOf(publicKey: Record<string, unknown>): string {
  const named = publicKey.rpId ?? (publicKey.rp as { id?: unknown } | undefined)?.id;
  return typeof named === 'string' ? named : '';
}

/** Whether this page may use passkeys of that RP ID: its host is the RP ID or a subdomain of it (WebAuthn's rule). */
export function pageFitsRpId(rpId: string, host = location.hostname): boolean {
  return !rpId || host === rpId || host.endsWith(`.${rpId}`);
}

/** How a ceremony ended without a credential: the person cancelled (or it was aborted), the RP ID, or a failure. */
type CeremonyFailure = { kind: 'cancelled' } | { kind: 'rp_id'; why: string } | { kind: 'failed'; why: string };

export class CeremonyError extends Error {
  constructor(readonly failure: CeremonyFailure) {
    super(failure.kind);
  }
}

function failureOf(error: unknown): CeremonyFailure {
  const { name, code, message } = (error ?? {}) as { name?: string; code?: string; message?: string };
  const cause = (error as { cause?: { name?: string } } | undefined)?.cause?.name;
  // Cancelled, timed out, or replaced by another ceremony: WebAuthn does not tell these apart, on purpose.
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'AbortError' || name === 'NotAllowedError' || cause === 'NotAllowedError' || cause === 'AbortError') return { kind: 'cancelled' };
  if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError') return { kind: 'rp_id', why: String(message) };
  return { kind: 'failed', why: `${code ?? name ?? 'Error'}: ${String(message)}` };
}

/** A sign-in: the browser's passkey sheet, or (`autofill`) the field's autofill, which waits until the person picks one. */
export async function getPasskey(publicKey: Record<string, unknown>, autofill: boolean): Promise<Record<string, unknown>> {
  try {
    // The field is in the element's shadow root, where the library's document-wide look-up cannot see it.
    const credential = await startAuthentication({ optionsJSON: publicKey as unknown as PublicKeyCredentialRequestOptionsJSON, useBrowserAutofill: autofill, verifyBrowserAutofillInput: false });
    return credential as unknown as Record<string, unknown>;
  } catch (error) {
    throw new CeremonyError(failureOf(error));
  }
}

/** A new passkey (a sign-up, or one added after a code sign-in). */
export async function createPasskey(publicKey: Record<string, unknown>): Promise<Record<string, unknown>> {
  try {
    return (await startRegistration({ optionsJSON: publicKey as unknown as PublicKeyCredentialCreationOptionsJSON })) as unknown as Record<string, unknown>;
  } catch (error) {
    throw new CeremonyError(failureOf(error));
  }
}

/** Ends the ceremony under way (the field's autofill, when the step changes). */
export function abortPasskey(): void {
  WebAuthnAbortService.cancelCeremony();
}

/** Auth0 does not know this credential: browsers that can stop offering it are told so (WebAuthn signals). */
export function forgetPasskey(rpId: string, credentialId: string): void {
  if (rpId && credentialId) void credentialApi()?.signalUnknownCredential?.({ rpId, credentialId }).catch(() => undefined);
}

/** The developer's console line for a missing requirement. */
export function requirementHint(requirement: PasskeyRequirement, why?: string): string {
  return `${passkeyHint(requirement)}${why ? ` (${why})` : ''}`;
}
