// @ts-check
// One instance of a site's backend for `npm run bench:backend`: the handler on Node's http server, with the
// store the parent asks for. Prints its port; the parent runs two of these as two "instances".
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { createPasswordlessHandler, memoryStore, redisStore } from '../../server/index.js';
import { toNodeHandler } from '../../server/node.js';

const env = /** @type {Record<string, string>} */ (process.env);
const redis = env.STORE === 'redis' ? new Redis(env.REDIS_URL, { enableOfflineQueue: false }) : undefined;
if (redis) await new Promise((resolve) => redis.once('ready', resolve));

const handler = createPasswordlessHandler({
  domain: env.AUTH0_DOMAIN,
  clientId: env.AUTH0_CLIENT_ID,
  clientSecret: env.AUTH0_CLIENT_SECRET,
  sessionSecret: env.SESSION_SECRET,
  allowedOrigins: [env.APP_ORIGIN],
  trustProxy: true, // the load generator stands in for many clients through X-Forwarded-For
  store: redis ? redisStore(redis, { prefix: env.PREFIX }) : memoryStore(),
  rateLimits: {
    perIdentifier: { max: Number(env.PER_IDENTIFIER), windowSeconds: 900 },
    perIp: { max: 1e9, windowSeconds: 3600 },
    global: { max: 1e9, windowSeconds: 3600 },
  },
  log: () => {},
});

const server = createServer(toNodeHandler(handler));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`port=${typeof address === 'object' && address ? address.port : 0}`);
});
