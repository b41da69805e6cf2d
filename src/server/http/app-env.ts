import type { Logger } from 'pino';
import type { Actor } from '../auth/actor';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import type { Config } from '../config';
import type { DatabaseKind, Db } from '../db/connect';
import type { Metrics } from '../health/metrics';

/** Everything a request handler may reach, built once at start-up and passed in (tests build their own). */
export type AppDeps = {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  signInThrottle: SignInThrottle;
  /** The time now; tests replace it to move through session expiry and lockouts. */
  now: () => Date;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    /** The signed-in user, or null on public routes. Routes that declare a permission always have one. */
    actor: Actor | null;
    /** A session cookie came but its session had expired or was revoked: say so rather than "sign in". */
    sessionEnded: boolean;
    requestId: string;
  };
};
