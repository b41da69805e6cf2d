import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to PGlite in ./data with demo data on port 3000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config).toMatchObject({ port: 3000, seedDemoData: true, secureCookies: false });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and production turns on Secure cookies and off demo data', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/faltlogg', NODE_ENV: 'production' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db/faltlogg' });
    expect(config).toMatchObject({ secureCookies: true, seedDemoData: false });
    expect(loadConfig({ NODE_ENV: 'production', FALTLOGG_DEMO_SEED: 'true' }).seedDemoData).toBe(true);
  });

  it('names every bad variable at once', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', FALTLOGG_DEMO_SEED: 'perhaps' }),
    ).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*FALTLOGG_DEMO_SEED|DATABASE_URL[\s\S]*PORT/);
  });

  it('reads PUBLIC_URL without a trailing slash, and refuses what is not an http(s) address', () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: 'https://faltlogg.kommun.se/' }).publicUrl).toBe(
      'https://faltlogg.kommun.se',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'faltlogg.kommun.se' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://faltlogg.kommun.se' })).toThrow(/PUBLIC_URL/);
  });

  it('trusts no proxy unless TRUST_PROXY names them, and names the entry it cannot read', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toHaveLength(4);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback, proxy.internal' })).toThrow(
      /TRUST_PROXY: "proxy\.internal" is not an IP address/,
    );
  });

  it('binds passkeys to WEBAUTHN_ORIGIN, its host the relying party unless WEBAUTHN_RP_ID says otherwise', () => {
    expect(loadConfig({}).webauthn).toEqual({ origin: null, rpId: null });
    expect(loadConfig({ WEBAUTHN_ORIGIN: 'https://faltlogg.kommun.se' }).webauthn).toEqual({
      origin: 'https://faltlogg.kommun.se',
      rpId: 'faltlogg.kommun.se',
    });
    const parent = loadConfig({ WEBAUTHN_ORIGIN: 'https://faltlogg.kommun.se', WEBAUTHN_RP_ID: 'kommun.se' });
    expect(parent.webauthn.rpId).toBe('kommun.se');
    expect(() => loadConfig({ WEBAUTHN_ORIGIN: 'https://faltlogg.kommun.se/app' })).toThrow(
      /WEBAUTHN_ORIGIN/,
    );
    expect(loadConfig({}).secondFactorMaxHours).toBe(12);
  });
});
