import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import type { OidcProviderRow } from '../db/database';
import { ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findProviderOf, listEnabledButtons, upsertProvider } from './oidc.repository';
import type { OidcSettings, OidcSettingsInput } from './oidc.schema';
import { postLogoutRedirectUri, redirectUri } from './oidc-client';

/** The municipality's provider settings as the admin page shows them: the secret only as "saved". */
export function presentSettings(row: OidcProviderRow | undefined, baseUrl: string): OidcSettings {
  return {
    settings: row
      ? {
          issuer: row.issuer,
          clientId: row.client_id,
          clientSecretSaved: row.client_secret.length > 0,
          scopes: row.scopes,
          subjectClaim: row.subject_claim,
          emailClaim: row.email_claim,
          nameClaim: row.name_claim,
          buttonLabel: row.button_label,
          createUsers: row.create_users,
          mfaAcrValues: row.mfa_acr_values,
          enabled: row.enabled,
          updatedAt: row.updated_at.toISOString(),
        }
      : null,
    redirectUri: redirectUri(baseUrl),
    postLogoutRedirectUri: postLogoutRedirectUri(baseUrl),
  };
}

export async function getSettings(db: Db, ctx: RequestContext, baseUrl: string): Promise<OidcSettings> {
  requirePermission(ctx.actor, 'users.manage');
  return presentSettings(await findProviderOf(db, ctx.actor.municipalityId), baseUrl);
}

/** Saves the provider settings; a secret left out keeps the saved one. Audited without the secret. */
export async function saveSettings(
  db: Db,
  ctx: RequestContext,
  input: OidcSettingsInput,
  baseUrl: string,
): Promise<OidcSettings> {
  requirePermission(ctx.actor, 'users.manage');
  const municipalityId = ctx.actor.municipalityId;
  const saved = await db.transaction().execute(async (trx) => {
    const existing = await findProviderOf(trx, municipalityId);
    const clientSecret = input.clientSecret ?? existing?.client_secret;
    if (!clientSecret) {
      throw new ValidationError(
        'Give the client secret',
        [{ path: 'clientSecret', code: 'oidc_client_secret_required', message: 'Required the first time' }],
        'oidc_client_secret_required',
      );
    }
    const row = await upsertProvider(
      trx,
      municipalityId,
      existing?.id ?? uuidv7(ctx.now.getTime()),
      {
        issuer: input.issuer,
        client_id: input.clientId,
        client_secret: clientSecret,
        scopes: input.scopes.split(/\s+/).join(' '),
        subject_claim: input.subjectClaim,
        email_claim: input.emailClaim,
        name_claim: input.nameClaim,
        button_label: input.buttonLabel,
        create_users: input.createUsers,
        mfa_acr_values: input.mfaAcrValues,
        enabled: input.enabled,
      },
      ctx.now,
    );
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'oidc.settings',
      entityType: 'oidc_provider',
      entityId: row.id,
      details: {
        issuer: row.issuer,
        clientId: row.client_id,
        secretChanged: input.clientSecret !== undefined,
        subjectClaim: row.subject_claim,
        createUsers: row.create_users,
        enabled: row.enabled,
      },
    });
    return row;
  });
  return presentSettings(saved, baseUrl);
}

/** The sign-in page's buttons: one per municipality whose provider is turned on. */
export async function listButtons(db: Db) {
  const rows = await listEnabledButtons(db);
  return {
    providers: rows.map((row) => ({
      municipalityId: row.municipality_id,
      label: row.button_label,
      startUrl: `/api/auth/oidc/${row.municipality_id}/start`,
    })),
  };
}
