#!/usr/bin/env node
// @ts-check
// passwordless-login-emulator [--port N] [--https [--certs DIR]] [--config FILE] [--verify-redirect-accepts link-issued|any]
import { readFileSync } from 'node:fs';
import { startEmulator, defaultConfig } from './index.js';
import { VERIFY_REDIRECT_ACCEPTS } from './config.js';

const HELP = `Usage: passwordless-login-emulator [--port N] [--https [--certs DIR]] [--config FILE] [--verify-redirect-accepts link-issued|any]

A local Auth0-compatible server for passwordless logins (email/SMS codes and magic links).

  --port N        port on localhost (default 4400; 0 picks a free port)
  --https         listen with https (issuer https://localhost:PORT/), as Auth0's own SDKs need; the certificate
                  comes from a local certificate authority made at first start (see --certs); it prints how
                  to trust that CA in Node and in Chromium
  --certs DIR     where the CA and the certificate are kept (default: $PASSWORDLESS_LOGIN_EMULATOR_CERTS, else
                  ~/.cache/passwordless-login-emulator/tls)
  --config FILE   JSON config (clients, connections...); default: the built-in demo config,
                  whose clients accept pages on any localhost port
  --verify-redirect-accepts link-issued|any
                  which codes /passwordless/verify_redirect takes (overrides the config's
                  verify_redirect_accepts): link-issued (default) = only codes sent as a magic link;
                  any = typed codes from a send: "code" start too
  --help          show this help

Dev API: GET /__emulator/ (mailbox), GET|DELETE /__emulator/outbox. See emulator/README.md.`;

/** @param {string} message */
function die(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let port = 4400;
/** @type {unknown} */
let config = defaultConfig;
let allowProduction = false;
let https = false;
/** @type {string|undefined} */
let certificatesDir;
/** @type {string|undefined} */
let verifyRedirectAccepts;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  } else if (arg === '--port' || arg.startsWith('--port=')) {
    const value = arg.includes('=') ? arg.split('=')[1] : args[++i];
    if (!value || !/^\d+$/.test(value) || Number(value) > 65535) die(`--port needs a number from 0 to 65535, got "${value ?? ''}"`);
    port = Number(value);
  } else if (arg === '--config' || arg.startsWith('--config=')) {
    const file = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
    if (!file) die('--config needs a file name');
    try {
      config = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      die(`Cannot read config ${file}: ${/** @type {Error} */ (err).message}`);
    }
  } else if (arg === '--verify-redirect-accepts' || arg.startsWith('--verify-redirect-accepts=')) {
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
    if (!VERIFY_REDIRECT_ACCEPTS.includes(/** @type {any} */ (value))) {
      die(`--verify-redirect-accepts needs ${VERIFY_REDIRECT_ACCEPTS.map((v) => `"${v}"`).join(' or ')}, got "${value ?? ''}"`);
    }
    verifyRedirectAccepts = value;
  } else if (arg === '--https') {
    https = true;
  } else if (arg === '--certs' || arg.startsWith('--certs=')) {
    certificatesDir = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
    if (!certificatesDir) die('--certs needs a folder name');
  } else if (arg === '--allow-production') {
    allowProduction = true;
  } else {
    die(`Unknown argument "${arg}". Try --help.`);
  }
}
// The flag wins over the config file, whatever their order.
if (verifyRedirectAccepts !== undefined && typeof config === 'object' && config !== null) {
  config = { ...config, verify_redirect_accepts: verifyRedirectAccepts };
}
if (process.env.NODE_ENV === 'production' && !allowProduction) {
  die('Refusing to start with NODE_ENV=production: this emulator is for development and tests only (override with --allow-production).');
}

try {
  if (certificatesDir && !https) die('--certs goes with --https');
  const emulator = await startEmulator({ port, config, https, certificatesDir, log: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write(`Auth0 emulator listening on ${emulator.url}\n`);
  if (emulator.certificates) {
    const { caFile, spkiHash } = emulator.certificates;
    process.stdout.write(`Auth0 SDKs: domain localhost:${emulator.port} (issuer ${emulator.url}/)\n`);
    process.stdout.write(`Trust its local CA in Node (only the process you start with it): NODE_EXTRA_CA_CERTS=${caFile}\n`);
    process.stdout.write(`In Chromium: --ignore-certificate-errors-spki-list=${spkiHash} (with --user-data-dir), or import ${caFile} as an authority\n`);
  }
  process.stdout.write(`Mailbox: ${emulator.url}/__emulator/\n`);
  process.stdout.write(`verify_redirect accepts: ${emulator.config.verify_redirect_accepts === 'any' ? 'any code (typed send: "code" codes too)' : 'link-issued codes only'}\n`);
  const stop = () => {
    emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  const e = /** @type {NodeJS.ErrnoException} */ (err);
  if (e.code === 'EADDRINUSE') die(`Port ${port} is already in use. Stop what runs there or pick another with --port.`);
  die(e.message);
}
