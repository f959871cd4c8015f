// @ts-check
// Listens on loopback only, on both 127.0.0.1 and ::1 (when IPv6 loopback exists) with one port,
// so `localhost` works whichever address a client resolves it to.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} Handler */

/** @param {import('node:http').Server} server @param {number} port @param {string} host @returns {Promise<void>} */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (/** @type {Error} */ err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** @param {import('node:http').Server} server @returns {Promise<void>} */
export function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * @param {Handler} handler
 * @param {number} port 0 picks a free port
 * @param {{ cert: string, key: string }} [tls] listen with https instead of http
 * @returns {Promise<{ servers: import('node:http').Server[], port: number }>}
 */
export async function listenLoopback(handler, port, tls) {
  // Large Cookie headers are normal on localhost: cookies are shared by every port.
  const createServer = () => (tls
    ? createHttpsServer({ maxHeaderSize: 64 * 1024, cert: tls.cert, key: tls.key }, handler)
    : createHttpServer({ maxHeaderSize: 64 * 1024 }, handler));
  for (let attempt = 0; ; attempt++) {
    const v4 = createServer();
    await listen(v4, port, '127.0.0.1');
    const address = v4.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const v6 = createServer();
    try {
      await listen(v6, actual, '::1');
      return { servers: [v4, v6], port: actual };
    } catch (err) {
      const code = /** @type {NodeJS.ErrnoException} */ (err).code;
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return { servers: [v4], port: actual };
      await closeServer(v4);
      // A free IPv4 port may be taken on ::1: pick another one.
      if (code === 'EADDRINUSE' && port === 0 && attempt < 10) continue;
      throw err;
    }
  }
}
