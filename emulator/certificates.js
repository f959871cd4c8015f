// @ts-check
// The https emulator's certificates: a local certificate authority, made once and kept, and a `localhost` certificate
// it signs. Auth0's SDKs build `https://${domain}` and check the issuer `https://DOMAIN/`, so an https emulator is
// the only way they can log in against it; trusting this CA (and nothing else) is what makes that safe.
// Kept in one folder (default ~/.cache/passwordless-login-emulator/tls) so the trust set up once keeps working:
//   ca.pem, ca-key.pem          the authority (10 years); ca-key.pem never leaves this machine
//   localhost.pem               the server certificate (localhost, 127.0.0.1, ::1; 397 days, renewed 30 days early) and
//                               its private key, in one file so that two emulators starting at once never mix pairs
import * as x509 from '@peculiar/x509';
import { X509Certificate, createHash, randomBytes, webcrypto } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

x509.cryptoProvider.set(/** @type {Crypto} */ (/** @type {unknown} */ (webcrypto)));

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY = 86_400_000;
const CA_DAYS = 3650;
// Browsers refuse server certificates valid for more than 398 days (CA/Browser Forum), also from a local CA on macOS.
const SERVER_DAYS = 397;
const RENEW_BEFORE_DAYS = 30;
// nameConstraints (RFC 5280 4.2.1.10, critical) permitting only the DNS name `localhost`: even a leaked ca-key.pem
// cannot sign a certificate that a client trusting this CA accepts for any other host name. DER of
// SEQUENCE { [0] { SEQUENCE { [2] IA5String "localhost" } } }; IP addresses (127.0.0.1, ::1) are not constrained.
const ONLY_LOCALHOST = Buffer.from('300fa00d300b82096c6f63616c686f7374', 'hex');

/**
 * @typedef {object} EmulatorCertificates
 * @property {string} dir the folder they are kept in
 * @property {string} caFile the CA certificate's file: what NODE_EXTRA_CA_CERTS points at
 * @property {string} caPem
 * @property {string} spkiHash base64 SHA-256 of the CA's public key, for Chromium's --ignore-certificate-errors-spki-list
 * @property {string} cert the server certificate chain (PEM), for tls.createServer
 * @property {string} key its private key (PEM)
 */

/** The default folder: $PASSWORDLESS_LOGIN_EMULATOR_CERTS, else the user's cache folder. */
export function defaultCertificatesDir() {
  if (process.env.PASSWORDLESS_LOGIN_EMULATOR_CERTS) return process.env.PASSWORDLESS_LOGIN_EMULATOR_CERTS;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'passwordless-login-emulator', 'tls');
}

/** A key file someone made readable by others is made owner-only again (a no-op when it is missing). @param {string} file */
function ownerOnly(file) {
  try {
    if (statSync(file).mode & 0o077) chmodSync(file, 0o600);
  } catch {
    // missing (made below), or not ours to change
  }
}

/** @param {string} file */
const readOrUndefined = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** The certificate and the key of a server file. @param {string|undefined} text */
function splitPem(text) {
  const cert = text?.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/)?.[0];
  const key = text?.match(/-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----\n/)?.[0];
  return cert && key ? { cert, key } : undefined;
}

/** @param {X509Certificate} cert @param {number} now */
const lastsLongEnough = (cert, now) => Date.parse(cert.validTo) - now > RENEW_BEFORE_DAYS * DAY && Date.parse(cert.validFrom) <= now;

/** @param {CryptoKey} key */
async function privateKeyPem(key) {
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key)).toString('base64');
  return `-----BEGIN PRIVATE KEY-----\n${pkcs8.match(/.{1,64}/g)?.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

/** @param {string} pem */
function importEcPrivateKey(pem) {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  return webcrypto.subtle.importKey('pkcs8', der, EC, false, ['sign']);
}

const serialNumber = () => `01${randomBytes(15).toString('hex')}`; // positive, 16 bytes

/** @param {number} now */
async function createAuthority(now) {
  const keys = /** @type {CryptoKeyPair} */ (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify']));
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: 'CN=passwordless-login emulator local CA, O=passwordless-login (development only)',
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + CA_DAYS * DAY),
    signingAlgorithm: EC,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true), // signs server certificates only, never another CA
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      new x509.Extension('2.5.29.30', true, ONLY_LOCALHOST),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { caPem: `${cert.toString('pem').trim()}\n`, caKeyPem: await privateKeyPem(keys.privateKey) };
}

/** @param {string} caPem @param {string} caKeyPem @param {number} now */
async function createServerCertificate(caPem, caKeyPem, now) {
  const ca = new x509.X509Certificate(caPem);
  const keys = /** @type {CryptoKeyPair} */ (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify']));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: 'CN=localhost',
    issuer: ca.subject,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + SERVER_DAYS * DAY),
    signingAlgorithm: EC,
    publicKey: keys.publicKey,
    signingKey: await importEcPrivateKey(caKeyPem),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(ca),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: `${cert.toString('pem').trim()}\n`, key: await privateKeyPem(keys.privateKey) };
}

/** Writes through a temporary file and a rename, so another emulator starting at the same time never reads half a file. @param {string} file @param {string} text */
function writeAtomically(file, text) {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  renameSync(temporary, file);
}

/**
 * The certificates in `dir`, made or renewed as needed: the CA is kept while it lasts (so trusting it once is
 * enough), the server certificate is remade when it is missing, not signed by that CA, or within 30 days of expiry.
 * @param {{ dir?: string, now?: number }} [options]
 * @returns {Promise<EmulatorCertificates>}
 */
export async function ensureCertificates({ dir: given = defaultCertificatesDir(), now = Date.now() } = {}) {
  const dir = resolve(given); // NODE_EXTRA_CA_CERTS must name the file from wherever the app is started
  const caFile = join(dir, 'ca.pem');
  ownerOnly(join(dir, 'ca-key.pem'));
  let caPem = readOrUndefined(caFile);
  let caKeyPem = readOrUndefined(join(dir, 'ca-key.pem'));
  if (!caPem || !caKeyPem || !lastsLongEnough(new X509Certificate(caPem), now)) {
    const made = await createAuthority(now);
    const won = publishNewAuthority(dir, made, now);
    caPem = won.caPem;
    caKeyPem = won.caKeyPem;
  }
  const ca = new X509Certificate(caPem);
  const serverFile = join(dir, 'localhost.pem');
  let pair = splitPem(readOrUndefined(serverFile));
  const current = pair ? new X509Certificate(pair.cert) : undefined;
  if (!pair || !current || !current.verify(ca.publicKey) || !current.checkHost('localhost') || !lastsLongEnough(current, now)) {
    pair = await createServerCertificate(caPem, caKeyPem, now);
    writeAtomically(serverFile, pair.cert + pair.key);
  }
  const { cert, key } = pair;
  const spki = ca.publicKey.export({ type: 'spki', format: 'der' });
  return { dir, caFile, caPem, spkiHash: createHash('sha256').update(spki).digest('base64'), cert: cert + caPem, key };
}

/**
 * Puts a new CA in place. A first start creates the folder by renaming a complete one into place, so when two
 * emulators start at once, one CA wins and both use it. An expired CA is replaced file by file.
 * @param {string} dir @param {{ caPem: string, caKeyPem: string }} made @param {number} now
 */
function publishNewAuthority(dir, made, now) {
  mkdirSync(dirname(dir), { recursive: true, mode: 0o700 });
  const staging = `${dir}.${randomBytes(6).toString('hex')}.tmp`;
  mkdirSync(staging, { mode: 0o700 });
  writeFileSync(join(staging, 'ca-key.pem'), made.caKeyPem, { mode: 0o600 });
  writeFileSync(join(staging, 'ca.pem'), made.caPem, { mode: 0o644 });
  try {
    renameSync(staging, dir); // fails when dir exists and is not empty
    return made;
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  const theirs = { caPem: readOrUndefined(join(dir, 'ca.pem')), caKeyPem: readOrUndefined(join(dir, 'ca-key.pem')) };
  if (theirs.caPem && theirs.caKeyPem && lastsLongEnough(new X509Certificate(theirs.caPem), now)) {
    return /** @type {{ caPem: string, caKeyPem: string }} */ (theirs); // another emulator made one just now
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeAtomically(join(dir, 'ca-key.pem'), made.caKeyPem);
  writeAtomically(join(dir, 'ca.pem'), made.caPem);
  return made;
}

/**
 * The self-signed certificate of the token signing key, for the JWKS's `x5c` and `x5t` as Auth0 publishes them
 * (some clients, e.g. older passport and .NET middleware, verify with the certificate rather than `n`/`e`).
 * @param {CryptoKeyPair} keys the RS256 signing key pair
 * @returns {Promise<{ x5c: string[], x5t: string }>} x5c: base64 DER (not base64url); x5t: base64url SHA-1 of the DER
 */
export async function signingKeyCertificate(keys) {
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: 'CN=localhost',
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + CA_DAYS * DAY),
    signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    keys,
  });
  const der = Buffer.from(cert.rawData);
  return { x5c: [der.toString('base64')], x5t: createHash('sha1').update(der).digest('base64url') };
}
