import { createServer, type Server, type Socket } from 'node:net';
import pino from 'pino';
import { createApp } from '../../src/server/app';
import { SignInThrottle } from '../../src/server/auth/sign-in-throttle';
import { loadConfig } from '../../src/server/config';
import { connectPostgres, type DatabaseHandle } from '../../src/server/db/connect';
import { createMetrics } from '../../src/server/health/metrics';
import type { AppDeps } from '../../src/server/http/app-env';

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('no port'));
    });
  });
}

/** A port on localhost that nothing listens on: connecting is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export type HangingServer = { port: number; connections: () => number; close: () => Promise<void> };

/** A "database" that accepts connections and never says a word: a hung server, or a black hole. */
export async function hangingServer(): Promise<HangingServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    port,
    connections: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The real app on a PostgreSQL pool at `port` (with a password in the URL, which must never show),
 * configured by `env` as the server would be. Nothing needs to answer there.
 */
export function appOnPostgresAt(port: number, env: Record<string, string> = {}) {
  return appOnPostgres(`postgres://faltlogg:secret-password@127.0.0.1:${port}/faltlogg`, env);
}

/** The real app on its own pool to the PostgreSQL database at `url`, with the timeouts `env` sets. */
export function appOnPostgres(url: string, env: Record<string, string> = {}) {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FALTLOGG_WEB_DIR: '/nonexistent',
    DATABASE_URL: url,
    ...env,
  });
  const database: DatabaseHandle = connectPostgres(url, 2, () => {}, config.timeouts);
  const deps: AppDeps = {
    db: database.db,
    dbKind: database.kind,
    config,
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(),
    signInThrottle: new SignInThrottle(),
    now: () => new Date(),
  };
  return { app: createApp(deps), deps, close: () => database.db.destroy() };
}
