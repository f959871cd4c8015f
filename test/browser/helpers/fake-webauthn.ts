// The browser's side of passkeys, stubbed for element tests: navigator.credentials.get/create answer what the test
// says, when it says; PublicKeyCredential's capabilities and signals are the test's. Everything is put back after.

/**
 * Whether this browser has WebAuthn to stub. Playwright's WebKit build for Linux has no PublicKeyCredential at all:
 * there, tests of a ceremony are skipped (`withWebAuthn`), and a browser without passkeys is the real one.
 */
export const hasWebAuthn = typeof PublicKeyCredential === 'function' && typeof navigator.credentials?.get === 'function';
export const withWebAuthn: Mocha.SuiteFunction | Mocha.PendingSuiteFunction = hasWebAuthn ? describe : describe.skip;

export interface PendingGet {
  options: CredentialRequestOptions;
  /** The person picks a passkey (from the autofill, or the browser's sheet). */
  pick(id?: string): void;
  /** The person cancels (or the request times out): NotAllowedError, as browsers say both. */
  cancel(): void;
  /** The browser fails otherwise (an authenticator error). */
  fail(error: Error): void;
  aborted(): boolean;
}

export interface FakeWebAuthn {
  gets: PendingGet[];
  creates: { options: CredentialCreationOptions; cancel(): void }[];
  signals: { rpId: string; credentialId: string }[];
  /** What create() does: make a credential at once (default), or wait for the test. */
  createAnswers: 'at-once' | 'wait';
  capabilities: Record<string, boolean>;
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

function assertion(id: string) {
  return {
    id, rawId: bytes(id), type: 'public-key', authenticatorAttachment: 'platform',
    response: { authenticatorData: bytes('auth'), clientDataJSON: bytes('{}'), signature: bytes('sig'), userHandle: bytes('user') },
    getClientExtensionResults: () => ({}),
  };
}

function attestation(id: string) {
  return {
    id, rawId: bytes(id), type: 'public-key', authenticatorAttachment: 'platform',
    response: { attestationObject: bytes('att'), clientDataJSON: bytes('{}'), getTransports: () => ['internal'] },
    getClientExtensionResults: () => ({}),
  };
}

const notAllowed = () => new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
const abortReason = (signal?: AbortSignal | null) => (signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));

/** In a `describe`: each test gets a fresh stub, and the browser's own objects are back after it. */
export function useFakeWebAuthn(): FakeWebAuthn {
  const fake: FakeWebAuthn = { gets: [], creates: [], signals: [], createAnswers: 'at-once', capabilities: {} };
  const statics = ['getClientCapabilities', 'isConditionalMediationAvailable', 'isUserVerifyingPlatformAuthenticatorAvailable', 'signalUnknownCredential'] as const;
  let saved: Map<string, PropertyDescriptor | undefined>;
  let credentials: Map<string, PropertyDescriptor | undefined>;
  beforeEach(() => {
    if (!hasWebAuthn) return;
    Object.assign(fake, { gets: [], creates: [], signals: [], createAnswers: 'at-once', capabilities: { conditionalGet: true, passkeyPlatformAuthenticator: true, hybridTransport: true } });
    const pkc = PublicKeyCredential as unknown as Record<string, unknown>;
    saved = new Map(statics.map((name) => [name, Object.getOwnPropertyDescriptor(pkc, name)]));
    const set = (target: object, name: string, value: unknown) => Object.defineProperty(target, name, { value, configurable: true, writable: true });
    set(pkc, 'getClientCapabilities', async () => ({ ...fake.capabilities }));
    set(pkc, 'isConditionalMediationAvailable', async () => fake.capabilities.conditionalGet === true);
    set(pkc, 'isUserVerifyingPlatformAuthenticatorAvailable', async () => fake.capabilities.passkeyPlatformAuthenticator === true);
    set(pkc, 'signalUnknownCredential', async (signal: { rpId: string; credentialId: string }) => void fake.signals.push(signal));
    credentials = new Map(['get', 'create'].map((name) => [name, Object.getOwnPropertyDescriptor(navigator.credentials, name)]));
    set(navigator.credentials, 'get', (options: CredentialRequestOptions) =>
      new Promise((resolve, reject) => {
        let aborted = false;
        options.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(abortReason(options.signal));
        });
        fake.gets.push({ options, pick: (id = 'credential-1') => resolve(assertion(id)), cancel: () => reject(notAllowed()), fail: reject, aborted: () => aborted });
      }));
    set(navigator.credentials, 'create', (options: CredentialCreationOptions) =>
      new Promise((resolve, reject) => {
        options.signal?.addEventListener('abort', () => reject(abortReason(options.signal)));
        fake.creates.push({ options, cancel: () => reject(notAllowed()) });
        if (fake.createAnswers === 'at-once') resolve(attestation('new-credential'));
      }));
  });
  afterEach(() => {
    if (!hasWebAuthn) return;
    const restore = (target: object, descriptors: Map<string, PropertyDescriptor | undefined>) => {
      for (const [name, descriptor] of descriptors) {
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete (target as Record<string, unknown>)[name];
      }
    };
    // a pending request must not outlive its test
    for (const get of fake.gets) if (!get.aborted()) get.cancel();
    restore(PublicKeyCredential, saved);
    restore(navigator.credentials, credentials);
  });
  return fake;
}
