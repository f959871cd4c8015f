// @ts-check
// A throwaway TLS-terminating reverse proxy for the tests: Debian's nginx, run as a child process (not a daemon,
// one process) with its config, certificate, pid, logs and temp files in a temp dir, so it runs as root or not
// without touching /etc or /var. The certificate is made at start with openssl: self-signed for localhost
// (subjectAltName DNS:localhost, IP:127.0.0.1), so the browser needs ignoreHTTPSErrors and Node requests `ca`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/**
 * Where nginx is: $NGINX, else on PATH, else /usr/sbin/nginx (not on a non-root PATH on Debian). Null when it is
 * missing or has no TLS, except in CI, where that is an error (.ci/run installs Debian's nginx).
 */
export function nginxPath() {
  const candidates = process.env.NGINX ? [process.env.NGINX] : ['nginx', '/usr/sbin/nginx'];
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['-V'], { encoding: 'utf8' });
    if (probe.status !== 0) continue;
    if (!`${probe.stdout}${probe.stderr}`.includes('--with-http_ssl_module')) {
      if (process.env.CI) throw new Error(`${candidate} has no TLS (built without --with-http_ssl_module).`);
      return null;
    }
    return candidate;
  }
  if (process.env.CI) throw new Error('nginx is missing: .ci/run installs it (apt-get install nginx).');
  return null;
}

function opensslFound() {
  const found = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI) throw new Error('openssl is missing: .ci/run installs it (apt-get install openssl).');
  return found;
}

/** Why TLS proxy tests skip on this machine, or false when they can run. */
export const skipWithoutNginx = !nginxPath()
  ? 'nginx with TLS not found: install it (Debian: apt-get install nginx) or set NGINX=/path/to/nginx'
  : !opensslFound()
    ? 'openssl not found: install it (Debian: apt-get install openssl)'
    : false;

/** @param {string[]} args @param {string} cwd */
function openssl(args, cwd) {
  const result = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed:\n${result.stderr}`);
}

/** @param {number} port @param {number} timeoutMs */
async function waitForPort(port, timeoutMs, /** @type {() => string | null} */ exited) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const why = exited();
    if (why) throw new Error(why);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts nginx on https://localhost:port, proxying each path prefix to a plain-http upstream as a production
 * proxy would: Host is the public host and port, X-Forwarded-Proto/-Host/-For say what the browser used.
 * @param {{ port?: number, routes: Record<string, string> }} options `routes`: location prefix → upstream origin,
 *   e.g. `{ '/': 'http://127.0.0.1:5173' }`; `port`: default a free one
 * @returns {Promise<{ origin: string, port: number, ca: string, close(): Promise<void> }>} `ca`: the certificate
 *   (PEM), for Node clients that should trust it
 */
export async function startTlsProxy({ port, routes }) {
  const binary = nginxPath();
  if (!binary) throw new Error(String(skipWithoutNginx));
  const listenPort = port ?? (await freePort());
  const dir = await mkdtemp(join(tmpdir(), 'tls-proxy-'));
  try {
    openssl(
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
        '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout', 'key.pem', '-out', 'cert.pem',
      ],
      dir,
    );
    const locations = Object.entries(routes)
      .map(
        ([prefix, upstream]) => `
    location ${prefix} {
      proxy_pass ${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host:$server_port;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }`,
      )
      .join('\n');
    // One process (master_process off): no worker switching to `nobody`, which could not use this root-owned
    // temp dir, and a single pid to kill.
    const conf = `
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${listenPort} ssl;
    server_name localhost;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
${locations}
  }
}
`;
    await writeFile(join(dir, 'nginx.conf'), conf);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  // -e: the error log before the config is read (Debian's default is stderr; others', /var/log/nginx).
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const errorLog = () => readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGKILL');
      });
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(listenPort, 10_000, () =>
      child.exitCode !== null || child.signalCode !== null ? `nginx exited (${child.exitCode ?? child.signalCode}):\n${output}` : null,
    );
  } catch (error) {
    const log = await errorLog();
    await close();
    throw new Error(`${/** @type {Error} */ (error).message}\n${log}`);
  }
  return { origin: `https://localhost:${listenPort}`, port: listenPort, ca: await readFile(join(dir, 'cert.pem'), 'utf8'), close };
}
