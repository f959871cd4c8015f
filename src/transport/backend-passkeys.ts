// Backend mode's passkeys: the site's server calls Auth0's Passkey APIs with the application's secret (the
// handler's passkey-* routes, protocol/wire.js) and starts its session as after a code. Goes with the backend
// transport's chunk.
import { loginError, type Connection, type PasskeyOffer, type UserProfile } from '../model.js';
import type { BackendSettings, RouteName } from '../../protocol/wire.js';
import type { Authenticated, PasskeyCeremony, PasskeyTransport } from './transport.js';

export interface BackendPasskeyPort {
  post(route: RouteName, payload: object): Promise<unknown>;
  settings(): Promise<BackendSettings>;
}

export class BackendPasskeys implements PasskeyTransport {
  readonly #port: BackendPasskeyPort;

  constructor(port: BackendPasskeyPort) {
    this.#port = port;
  }

  async passkeyOffer(): Promise<PasskeyOffer> {
    const offer = (await this.#port.settings()).passkeys;
    if (!offer) {
      throw loginError('passkeys_unavailable', { requirement: 'not_enabled', developerHint: "the server's handler offers no passkeys: set its passkeys option (server/README.md, Passkeys)." });
    }
    return { signup: offer.signup === true, create: offer.create === true };
  }

  async passkeyChallenge(): Promise<PasskeyCeremony> {
    return ceremonyFrom(await this.#port.post('passkey-challenge', {}));
  }

  async passkeySignup(connection: Connection, recipient: string): Promise<PasskeyCeremony> {
    return ceremonyFrom(await this.#port.post('passkey-register', connection === 'sms' ? { phone_number: recipient } : { email: recipient }));
  }

  async passkeySignIn(ceremony: PasskeyCeremony, credential: Record<string, unknown>): Promise<Authenticated> {
    const body = (await this.#port.post('passkey-login', { authSession: ceremony.authSession, credential })) as { user: UserProfile };
    return { user: body.user, method: 'passkey' };
  }

  async passkeyCreate(): Promise<PasskeyCeremony> {
    return ceremonyFrom(await this.#port.post('passkey-create', {}));
  }

  async passkeyCreated(ceremony: PasskeyCeremony, credential: Record<string, unknown>): Promise<void> {
    await this.#port.post('passkey-create-verify', { authSession: ceremony.authSession, enrollment: ceremony.enrollment, credential });
  }
}

function ceremonyFrom(body: unknown): PasskeyCeremony {
  const { authSession, publicKey, enrollment } = (body ?? {}) as Partial<PasskeyCeremony>;
  if (typeof authSession !== 'string' || typeof publicKey !== 'object' || publicKey === null) {
    throw loginError('invalid_response', { developerHint: 'The server answered a passkey call without authSession or publicKey.' });
  }
  return { authSession, publicKey, ...(typeof enrollment === 'string' ? { enrollment } : {}) };
}
