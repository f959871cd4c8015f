// @ts-check
// Public API: startEmulator(), defaultConfig, validateConfig().
import { defaultConfig } from './default-config.js';
import { validateConfig } from './config.js';
import { createContext, sweep } from './context.js';
import { createHandler } from './server.js';
import { closeServer, listenLoopback } from './listen.js';

export { defaultConfig, validateConfig };

/**
 * @typedef {object} EmulatorHandle
 * @property {string} url `http://localhost:PORT` (no trailing slash); the issuer is `url + '/'`
 * @property {number} port
 * @property {() => Promise<void>} close
 * @property {import('./config.js').ResolvedConfig} config the validated config, defaults filled in
 * @property {{ list: (to?: string) => import('./outbox.js').OutboxItem[], latest: (to?: string) => import('./outbox.js').OutboxItem | undefined, clear: () => void }} outbox
 * @property {{ advance: (seconds: number) => void, reset: () => void }} clock
 * @property {import('./faults.js').Faults} faults
 */

/**
 * Starts the emulator on loopback.
 * @param {{ port?: number, config?: unknown, now?: () => number, log?: (line: string) => void }} [options]
 * @returns {Promise<EmulatorHandle>}
 */
export async function startEmulator({ port = 4400, config = defaultConfig, now, log } = {}) {
  const resolved = validateConfig(config);
  for (const [name, connection] of Object.entries(resolved.connections)) {
    if (connection && connection.code_lifetime_seconds > 600) {
      // allowed only with allow_long_code_lifetime, and never silently
      (log ?? console.warn)(`Warning: connections.${name}.code_lifetime_seconds is ${connection.code_lifetime_seconds}: ` +
        'longer than the 10 minutes OWASP ASVS 6.5.5 and NIST SP 800-63B allow for one-time codes.');
    }
  }
  const ctx = await createContext({ config: resolved, baseNow: now ?? Date.now, log });
  const { servers, port: actual } = await listenLoopback(createHandler(ctx), port);
  ctx.url = `http://localhost:${actual}`;
  ctx.issuer = `${ctx.url}/`;
  ctx.tokens.issuer = ctx.issuer;
  const timer = setInterval(() => sweep(ctx), 30_000);
  timer.unref();
  return {
    url: ctx.url,
    port: actual,
    config: resolved,
    outbox: {
      list: (to) => ctx.outbox.list(to),
      latest: (to) => ctx.outbox.latest(to),
      clear: () => ctx.outbox.clear(),
    },
    clock: {
      advance: (seconds) => { ctx.clock.offsetMs += seconds * 1000; },
      reset: () => { ctx.clock.offsetMs = 0; },
    },
    faults: ctx.faults,
    close: async () => {
      clearInterval(timer);
      await Promise.all(servers.map(closeServer));
    },
  };
}
