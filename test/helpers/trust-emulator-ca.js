// @ts-check
// Trusts the https emulator's local CA in this test process only, next to the usual roots. Node 20 reads
// NODE_EXTRA_CA_CERTS only at startup, so a test cannot set it for itself: this adds the CA to the two places Node's
// clients take their roots from. `fetch` (Node 20's undici) through undici's global dispatcher, and `node:https`
// (jose 4's remote JWKS, axios, the `oauth` package under passport) through https.globalAgent. Never
// NODE_TLS_REJECT_UNAUTHORIZED=0 or rejectUnauthorized: false: certificates are still checked, against one more CA.
import https from 'node:https';
import tls from 'node:tls';
import { Agent, getGlobalDispatcher, setGlobalDispatcher } from 'undici';

/**
 * @param {string} caPem the emulator's CA certificate (`emulator.certificates.caPem`)
 * @returns {() => Promise<void>} untrust: puts back the previous dispatcher and https roots
 */
export function trustEmulatorCa(caPem) {
  const ca = [...tls.rootCertificates, caPem];
  const previousDispatcher = getGlobalDispatcher();
  const dispatcher = new Agent({ connect: { ca } });
  setGlobalDispatcher(dispatcher);
  const previousCa = https.globalAgent.options.ca;
  https.globalAgent.options.ca = ca;
  return async function untrust() {
    setGlobalDispatcher(previousDispatcher);
    https.globalAgent.options.ca = previousCa;
    https.globalAgent.destroy(); // kept-alive sockets were opened with the CA
    await dispatcher.close();
  };
}
