// @ts-check
// Trusts the https emulator's local CA in this test process only. Node 20 reads NODE_EXTRA_CA_CERTS only at startup,
// so a test that starts the emulator adds its CA here instead: for fetch (and every SDK built on it) through undici's
// global dispatcher, for node:https users (axios, the `oauth` package under passport) through https.globalAgent.
// The usual roots stay trusted; certificate checks are never turned off.
import https from 'node:https';
import tls from 'node:tls';
import { Agent, getGlobalDispatcher, setGlobalDispatcher } from 'undici';

/**
 * @param {string} caPem the emulator's CA certificate (`emulator.certificates.caPem`)
 * @returns {() => Promise<void>} untrust: puts back what was trusted before
 */
export function trustEmulatorCa(caPem) {
  const ca = [...tls.rootCertificates, caPem];
  const previousDispatcher = getGlobalDispatcher();
  const previousCa = https.globalAgent.options.ca;
  // Node 20's fetch is undici 6.24.1, the installed package's version: both read the same global dispatcher.
  const agent = new Agent({ connect: { ca } });
  setGlobalDispatcher(agent);
  https.globalAgent.options.ca = ca;
  return async () => {
    setGlobalDispatcher(previousDispatcher);
    https.globalAgent.options.ca = previousCa;
    await agent.close();
  };
}
