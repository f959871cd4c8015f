// @ts-check
// Public API: startEmulator(), defaultConfig, validateConfig().
import { defaultConfig } from './default-config.js';
import { validateConfig } from './config.js';
import { createContext, sweep } from './context.js';
import { createHandler } from './server.js';
import { closeServer, listenLoopback } from './listen.js';
import { sweepRefreshTokens } from './grants.js';
import { ensureCertificates } from './certificates.js';

export { defaultConfig, validateConfig };

/**
 * @typedef {object} EmulatorHandle
 * @property {string} url `http://localhost:PORT`, or `https://localhost:PORT` with `https` (no trailing slash); the issuer is `url + '/'`
 * @property {number} port
 * @property {Pick<import('./certificates.js').EmulatorCertificates, 'dir' | 'caFile' | 'caPem' | 'spkiHash'>} [certificates]
 *   with `https`: the local CA to trust (NODE_EXTRA_CA_CERTS=caFile; Chromium: --ignore-certificate-errors-spki-list=spkiHash)
 * @property {() => Promise<void>} close
 * @property {import('./config.js').ResolvedConfig} config the validated config, defaults filled in
 * @property {{ list: (to?: string) => import('./outbox.js').OutboxItem[], latest: (to?: string) => import('./outbox.js').OutboxItem | undefined, clear: () => void }} outbox
 * @property {{ advance: (seconds: number) => void, reset: () => void }} clock
 * @property {import('./faults.js').Faults} faults
 */

/**
 * Starts the emulator on loopback.
 * @param {{ port?: number, config?: unknown, now?: () => number, log?: (line: string) => void, https?: boolean, certificatesDir?: string }} [options]
 *   `https`: listen with https, issuer `https://localhost:PORT/` (what Auth0's SDKs need), with a certificate from the
 *   local CA kept in `certificatesDir` (default: see certificates.js), made at first start
 * @returns {Promise<EmulatorHandle>}
 */
export async function startEmulator({ port = 4400, config = defaultConfig, now, log, https = false, certificatesDir } = {}) {
  const resolved = validateConfig(config);
  for (const [name, connection] of Object.entries(resolved.connections)) {
    if (connection && connection.code_lifetime_seconds > 600) {
      // allowed only with allow_long_code_lifetime, and never silently
      (log ?? console.warn)(`Warning: connections.${name}.code_lifetime_seconds is ${connection.code_lifetime_seconds}: ` +
        'longer than the 10 minutes OWASP ASVS 6.5.5 and NIST SP 800-63B allow for one-time codes.');
    }
  }
  const ctx = await createContext({ config: resolved, baseNow: now ?? Date.now, log });
  const certificates = https ? await ensureCertificates({ dir: certificatesDir }) : undefined;
  const { servers, port: actual } = await listenLoopback(createHandler(ctx), port, certificates);
  ctx.url = `${https ? 'https' : 'http'}://localhost:${actual}`;
  ctx.issuer = `${ctx.url}/`;
  ctx.tokens.issuer = ctx.issuer;
  const timer = setInterval(() => {
    sweep(ctx);
    sweepRefreshTokens(ctx);
  }, 30_000);
  timer.unref();
  return {
    url: ctx.url,
    port: actual,
    ...(certificates ? { certificates: { dir: certificates.dir, caFile: certificates.caFile, caPem: certificates.caPem, spkiHash: certificates.spkiHash } } : {}),
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
