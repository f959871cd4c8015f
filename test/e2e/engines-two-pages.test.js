// @ts-check
// Two pages of one context, as two tabs of one browser, in each engine (test/helpers/engines.js, `newPage`): a
// BroadcastChannel message posted in one reaches the other, localStorage and cookies are shared, sessionStorage is
// each page's own, and each page's commands act on that page (in WebKit, a window of the same MiniBrowser that every
// command switches to first). An engine that is not installed is skipped with the reason; under CI it fails instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describeEveryEngine } from '../helpers/engines.js';
import { freePort } from '../helpers/free-port.js';


// One page for both tabs: what is typed is posted on the channel with "Send"; what the channel brings is shown, and
// so is a change of localStorage made by another page (its storage event).
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two pages</title></head><body>
<label>Message <input id="message"></label>
<button type="button" id="send">Send</button>
<p id="heard">Heard nothing</p>
<p id="storage">No storage event</p>
<script>
  const channel = new BroadcastChannel('t');
  channel.onmessage = (event) => { document.getElementById('heard').textContent = 'Heard: ' + event.data; };
  document.getElementById('send').addEventListener('click', () => channel.postMessage(document.getElementById('message').value));
  addEventListener('storage', (event) => { document.getElementById('storage').textContent = 'Storage: ' + event.key + ' = ' + event.newValue; });
</script>
</body></html>`;

/**
 * What `read` gives once it equals `expected`, or its last answer after 5 s: localStorage is shared between the pages
 * of a context, but a write reaches the other pages' processes a moment later (Chromium's storage service).
 * @template T @param {() => Promise<T>} read @param {T} expected
 */
async function eventually(read, expected) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (Date.now() > deadline || JSON.stringify(value) === JSON.stringify(expected)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** @type {string} */ let origin;
/** @type {import('node:http').Server} */ let server;

before(async () => {
  const port = await freePort();
  server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  origin = `http://127.0.0.1:${port}`;
});
after(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(() => resolve(undefined)) : resolve(undefined)));
});

describeEveryEngine('', ({ label, newContext }) => {
  test(`${label}: two pages of one context hear each other on a BroadcastChannel`, async (t) => {
    const context = await newContext(t);
    const one = context.page;
    const two = await context.newPage();
    await one.goto(`${origin}/`);
    await two.goto(`${origin}/`);
    await one.waitForText('Heard nothing');
    await two.waitForText('Heard nothing');

    await two.fill('Message', 'hello from two');
    await two.click('Send');
    await one.waitForText('Heard: hello from two');
    assert.equal(await two.evaluate(() => document.getElementById('heard')?.textContent), 'Heard nothing', 'a channel does not hear its own messages');

    await one.fill('Message', 'hello from one');
    await one.click('Send');
    await two.waitForText('Heard: hello from one');

    // A page waiting while the other acts: its waiting must not hold the other page's commands back.
    const heard = one.waitForText('Heard: while waiting');
    await two.fill('Message', 'while waiting');
    await two.click('Send');
    await heard;
  });

  test(`${label}: two pages of one context share cookies and localStorage, not sessionStorage; each page has its own URL`, async (t) => {
    const context = await newContext(t);
    const one = context.page;
    await one.goto(`${origin}/?page=one`);
    await one.evaluate(() => {
      sessionStorage.setItem('who', 'one');
      localStorage.setItem('shared', 'set by one');
      document.cookie = 'tab=one; path=/';
    });
    const two = await context.newPage();
    await two.goto(`${origin}/?page=two`);
    const expected = { session: null, local: 'set by one', cookie: 'tab=one' };
    assert.deepEqual(await eventually(() => two.evaluate(() => ({ session: sessionStorage.getItem('who'), local: localStorage.getItem('shared'), cookie: document.cookie })), expected), expected);
    await two.evaluate(() => {
      sessionStorage.setItem('who', 'two');
      localStorage.setItem('shared', 'set by two');
    });
    await one.waitForText('Storage: shared = set by two'); // the other page's write, as its storage event
    assert.deepEqual(await one.evaluate(() => ({ session: sessionStorage.getItem('who'), local: localStorage.getItem('shared') })),
      { session: 'one', local: 'set by two' });
    assert.equal(await two.evaluate(() => sessionStorage.getItem('who')), 'two');
    assert.equal(new URL(await one.url()).search, '?page=one');
    assert.equal(new URL(await two.url()).search, '?page=two');
    assert.ok((await context.cookies()).some((cookie) => cookie.name === 'tab' && cookie.value === 'one'), 'the context has the cookie');
  });
});
