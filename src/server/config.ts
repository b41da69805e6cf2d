import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from './network/client-address';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  FALTLOGG_DATA_DIR: z.string().min(1).default('./data'),
  FALTLOGG_DEMO_SEED: booleanFlag.optional(),
  FALTLOGG_WEB_DIR: z.string().min(1).default('./dist/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(12 * 60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(7 * 24),
  RETENTION_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(60),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  HEALTH_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
  WEBAUTHN_ORIGIN: z
    .url()
    .regex(/^https?:\/\/[^/]+$/, 'WEBAUTHN_ORIGIN is an origin: scheme and host, no path')
    .optional(),
  WEBAUTHN_RP_ID: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'WEBAUTHN_RP_ID is a host name such as faltlogg.kommun.se')
    .optional(),
  SECOND_FACTOR_MAX_HOURS: z.coerce.number().int().positive().default(12),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  METRICS_TOKEN: z
    .string()
    .min(16, 'METRICS_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 32`)')
    .optional(),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const parsed = parseTrustedProxies(value);
      if (parsed.ok) return parsed.proxies;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
});

export type Config = {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  seedDemoData: boolean;
  webDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  secureCookies: boolean;
  session: { idleMinutes: number; maxHours: number };
  maxBodyBytes: number;
  /** How often scheduled deletion runs; 0 turns the schedule off (run `npm run retention` instead). */
  retentionIntervalMinutes: number;
  /**
   * The address users reach the app at, e.g. https://faltlogg.kommun.se: the OpenID redirect URI is
   * made from it. Without it, the address each request came to is used (right without a proxy).
   */
  publicUrl: string | null;
  /** Proxies whose X-Forwarded-For names the client; none by default (the socket peer is the client). */
  trustProxy: TrustedProxies;
  /**
   * Passkeys: the origin browsers show and the relying party id (a host name) credentials are bound
   * to. Null outside production means "the request's own", which is right for localhost.
   */
  webauthn: { origin: string | null; rpId: string | null };
  /** How long a step-up lasts within a session before personal data asks for the factor again. */
  secondFactorMaxHours: number;
  /**
   * Who may read /metrics: with a token, whoever sends it as a bearer token; without one, anyone in
   * development and test, and nobody in production (the route answers 404).
   */
  metrics: { token: string | null; openWithoutToken: boolean };
  /** Fail fast when PostgreSQL is down or hangs (PGlite is in-process and ignores them); 0 = no limit. */
  timeouts: DatabaseTimeouts & { healthMs: number };
};

export type DatabaseTimeouts = { connectMs: number; statementMs: number; idleInTransactionMs: number };

/** Reads configuration from environment variables; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // Passkeys are bound to the address users open: PUBLIC_URL's origin unless set apart.
  const webauthnOrigin = e.WEBAUTHN_ORIGIN ?? (e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : null);
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: e.FALTLOGG_DATA_DIR },
    // A production server starts empty unless asked; anywhere else the demo makes the app explorable.
    seedDemoData: e.FALTLOGG_DEMO_SEED ?? !production,
    webDir: e.FALTLOGG_WEB_DIR,
    logLevel: e.LOG_LEVEL,
    secureCookies: production,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    maxBodyBytes: e.MAX_BODY_BYTES,
    retentionIntervalMinutes: e.RETENTION_INTERVAL_MINUTES,
    publicUrl: e.PUBLIC_URL ?? null,
    trustProxy: e.TRUST_PROXY,
    webauthn: {
      origin: webauthnOrigin,
      rpId: e.WEBAUTHN_RP_ID ?? (webauthnOrigin ? new URL(webauthnOrigin).hostname : null),
    },
    secondFactorMaxHours: e.SECOND_FACTOR_MAX_HOURS,
    metrics: { token: e.METRICS_TOKEN ?? null, openWithoutToken: !production },
    timeouts: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      healthMs: e.HEALTH_TIMEOUT_MS,
    },
  };
}
