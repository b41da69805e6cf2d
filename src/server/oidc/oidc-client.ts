import * as client from 'openid-client';
import type { OidcProviderRow } from '../db/database';
import type { AppDeps } from '../http/app-env';

/** How long a started sign-in may take at the provider before its state is no good. */
export const LOGIN_TTL_MS = 10 * 60_000;
export const CALLBACK_PATH = '/api/auth/oidc/callback';
export const SIGN_IN_PAGE = '/logga-in';

/** Where the provider sends users back to; registered at the provider as the redirect URI. */
export function redirectUri(baseUrl: string): string {
  return `${baseUrl}${CALLBACK_PATH}`;
}

export function postLogoutRedirectUri(baseUrl: string): string {
  return `${baseUrl}${SIGN_IN_PAGE}`;
}

/**
 * The provider's metadata, found by discovery from the configured issuer (which openid-client
 * holds the metadata's issuer to). The client's clock is the app's, so tests move it as they
 * move session expiry.
 */
export async function discoverProvider(
  deps: AppDeps,
  provider: OidcProviderRow,
): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  const skewSeconds = Math.round((deps.now().getTime() - Date.now()) / 1000);
  const insecure = issuer.protocol === 'http:';
  return client.discovery(
    issuer,
    provider.client_id,
    { client_secret: provider.client_secret, [client.clockSkew]: skewSeconds },
    client.ClientSecretPost(provider.client_secret),
    {
      // Only a provider on this machine (tests, development) is allowed over http: see oidc.schema.ts.
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      timeout: 10,
    },
  );
}
