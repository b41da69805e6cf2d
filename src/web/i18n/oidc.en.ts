import type { oidcErrorsSv, oidcSv } from './oidc.sv';

export const oidcEn: typeof oidcSv = {
  nav: 'Sign-in (OIDC)',
  card: { text: 'Sign-in through the municipality’s own identity provider, such as Entra ID.' },
  heading: 'Sign-in (OIDC)',
  intro:
    'Let staff sign in with the municipality’s own identity provider through OpenID Connect: Microsoft Entra ID, or SITHS, Freja eID and BankID through a broker. Roles are still granted here in Fältlogg.',
  registerHeading: 'Register Fältlogg at the provider',
  redirectUri: 'Redirect URI',
  postLogoutRedirectUri: 'Post logout redirect URI',
  issuer: 'Issuer',
  issuerHint:
    'The municipality’s own address, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 for Entra ID. Shared addresses such as /common are refused.',
  clientId: 'Client id',
  clientSecret: 'Client secret',
  clientSecretSaved: 'The client secret is saved. Leave the field empty to keep it.',
  clientSecretHint: 'Never shown again once saved.',
  saved: 'saved',
  scopes: 'Scopes',
  claimsHeading: 'Which of the provider’s claims are used',
  subjectClaim: 'Claim with the user’s stable id',
  subjectClaimHint: 'Usually sub. For Entra ID, oid can be used.',
  emailClaim: 'Claim with the e-mail address',
  nameClaim: 'Claim with the name',
  mfaAcrValues: 'acr values that mean a second factor was used',
  mfaAcrValuesHint: 'One per line. Leave empty if the provider says so in amr.',
  buttonLabel: 'Text on the sign-in button',
  buttonLabelHint: 'For example “Sign in with Stockholms stad”.',
  createUsers: 'Create an account at first sign-in for unknown users',
  createUsersHint:
    'New accounts get no roles; an administrator grants them here in Fältlogg. Off: only existing accounts can sign in.',
  enabled: 'Sign-in through the provider is on',
  save: 'Save settings',
  savedStatus: 'The settings are saved.',
  notConfigured: 'No provider is set up yet.',
  or: 'or with e-mail and password',
  providersLabel: 'Sign in through your organisation',
};

export const oidcErrorsEn: typeof oidcErrorsSv = {
  oidc_issuer_multi_tenant:
    'This address is shared by every organisation at Microsoft (/common, /organizations or /consumers). Give the municipality’s own, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0.',
  oidc_issuer_insecure: 'The issuer’s address must start with https://.',
  oidc_issuer_invalid: 'The issuer’s address is not a valid URL.',
  oidc_client_secret_required: 'Give the client secret.',
  oidc_not_configured: 'Sign-in through your organisation is not on. Sign in with e-mail and password.',
  oidc_provider_unavailable:
    'The identity provider is not answering as it should right now. Try again shortly.',
  oidc_state_invalid: 'The sign-in took too long or was already used. Try again.',
  oidc_denied: 'The sign-in was cancelled at the identity provider.',
  oidc_token_rejected: 'The identity provider’s answer could not be accepted. Try again.',
  oidc_claims_missing: 'The identity provider did not send the details needed. Contact your administrator.',
  oidc_user_unknown: 'There is no Fältlogg account for you. Contact your administrator.',
  oidc_account_linked_elsewhere:
    'The account with your e-mail address already belongs to another sign-in. Contact your administrator.',
};
