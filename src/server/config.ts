import { z } from 'zod';

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
};

/** Reads configuration from environment variables; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
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
  };
}
