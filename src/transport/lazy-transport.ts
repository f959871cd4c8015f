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
  return {
    start: async (request) => (await get()).start(request),
    verify: async (request) => (await get()).verify(request),
    completeCallback: async (callback) => (await get()).completeCallback(callback),
    humanCheck: async () => {
      const transport = await get();
      return transport.humanCheck ? transport.humanCheck() : null;
    },
    confirmOtherTab: async (heard) => {
      const transport = await get();
      return transport.confirmOtherTab ? transport.confirmOtherTab(heard) : heard;
    },
    continueElsewhere: async (continuation) => {
      const transport = await get();
      if (!transport.continueElsewhere) throw loginError('misconfigured', { developerHint: 'This transport cannot finish a sign-in elsewhere.' });
      return transport.continueElsewhere(continuation);
    },
    warmUp: () => void get().then((transport) => transport.warmUp?.(), () => undefined),
    smsCountries: async () => {
      const transport = await get();
      return transport.smsCountries ? transport.smsCountries() : null;
    },
    checkSession: async () => {
      const transport = await get();
      return transport.checkSession ? transport.checkSession() : null;
    },
    signOut: async () => {
      const transport = await get();
      return transport.signOut ? transport.signOut() : 'signed-out';
    },
  };
}
