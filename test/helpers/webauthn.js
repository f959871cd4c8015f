// @ts-check
// Real WebAuthn ceremonies for node:test suites: a Chromium page with a virtual platform authenticator (the DevTools
// protocol's WebAuthn domain) that verifies the user, and navigator.credentials.create/get run on it with options
// as JSON (PublicKeyCredential.parse*OptionsFromJSON), answering credential.toJSON().

/**
 * A fresh browser context and page at `url`, with a virtual authenticator.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
export async function openAuthenticatorPage(browser, url) {
  const tab = await newAuthenticatorPage(browser);
  await tab.page.goto(url);
  return tab;
}

/**
 * A fresh browser context and a blank page with a virtual authenticator (a platform one that verifies the user),
 * for a test to prepare (init scripts, listeners) before it goes anywhere.
 * @param {import('playwright-core').Browser} browser
 */
export async function newAuthenticatorPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  return { context, page, cdp, authenticatorId: await addAuthenticator(cdp), close: () => context.close() };
}

/** @param {import('playwright-core').CDPSession} cdp */
async function addAuthenticator(cdp) {
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return authenticatorId;
}

/**
 * Swaps the page's authenticator for an empty one (another device): its passkeys are gone from this browser.
 * @param {{ cdp: import('playwright-core').CDPSession, authenticatorId: string }} tab
 */
export async function replaceAuthenticator(tab) {
  await tab.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: tab.authenticatorId });
  tab.authenticatorId = await addAuthenticator(tab.cdp);
}

/** The credentials the page's authenticator holds. @param {{ cdp: import('playwright-core').CDPSession, authenticatorId: string }} tab */
export async function storedCredentials(tab) {
  return (await tab.cdp.send('WebAuthn.getCredentials', { authenticatorId: tab.authenticatorId })).credentials;
}

/** navigator.credentials.create with creation options as JSON; the credential as JSON. @param {import('playwright-core').Page} page @param {any} options */
export function createCredential(page, options) {
  return page.evaluate(async (options) => {
    const credential = /** @type {PublicKeyCredential} */ (await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) }));
    return credential.toJSON();
  }, options);
}

/** navigator.credentials.get with request options as JSON; the credential as JSON. @param {import('playwright-core').Page} page @param {any} options */
export function getCredential(page, options) {
  return page.evaluate(async (options) => {
    const credential = /** @type {PublicKeyCredential} */ (await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) }));
    return credential.toJSON();
  }, options);
}
