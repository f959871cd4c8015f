// Builds the element's transport without putting either real one in the entry chunk: only one of SPA mode and
// backend mode ever runs on a page, so each is a lazy chunk, fetched on warm-up (idle, focus) or first use.
import { loginError } from '../model.js';
import type { PasswordlessTransport } from './transport.js';
import type { SpaTransportOptions } from './spa-transport.chunk.js';

export interface TransportConfig extends SpaTransportOptions {
  /** Backend mode when set. */
  endpoint: string;
}

export function createTransport(config: TransportConfig): PasswordlessTransport {
  return config.endpoint
    ? lazyTransport(() => import('./backend-transport.chunk.js').then(({ BackendTransport }) => new BackendTransport({ endpoint: config.endpoint })))
    : lazyTransport(() => import('./spa-transport.chunk.js').then(({ SpaTransport }) => new SpaTransport(config)));
}

/** A transport that loads the real one on first use; a failed load is a `network` error and is retried next time. */
export function lazyTransport(load: () => Promise<PasswordlessTransport>): PasswordlessTransport {
  let loading: Promise<PasswordlessTransport> | undefined;
  const get = () =>
    (loading ??= load().catch(() => {
      loading = undefined;
      throw loginError('network', { developerHint: 'A part of <passwordless-login> could not be loaded.' });
    }));
  // Each method waits for the real transport and calls it; `absent` answers for an optional method it does not have.
  type Method = (arg?: unknown) => unknown;
  const relay =
    (name: keyof PasswordlessTransport, absent?: Method): Method =>
    async (arg) => {
      const transport = await get();
      const method = transport[name] as Method | undefined;
      return method ? method.call(transport, arg) : absent!(arg);
    };
  const methods = {
    start: relay('start'),
    verify: relay('verify'),
    completeCallback: relay('completeCallback'),
    humanCheck: relay('humanCheck', () => null),
    confirmOtherTab: relay('confirmOtherTab', (heard) => heard),
    continueElsewhere: relay('continueElsewhere', () => {
      throw loginError('misconfigured', { developerHint: 'This transport cannot finish a sign-in elsewhere.' });
    }),
    warmUp: () => void get().then((transport) => transport.warmUp?.(), () => undefined),
    smsCountries: relay('smsCountries', () => null),
    checkSession: relay('checkSession', () => null),
    signOut: relay('signOut', () => 'signed-out'),
    passkeys: relay('passkeys', () => {
      throw loginError('passkeys_unavailable', { requirement: 'not_enabled', developerHint: 'this transport has no passkeys.' });
    }),
  } satisfies Record<keyof PasswordlessTransport, Method>;
  return methods as unknown as PasswordlessTransport;
}
