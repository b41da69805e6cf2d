/** Texts for sign-in through the municipality's own identity provider (OpenID Connect). */
export const oidcSv = {
  nav: 'Inloggning (OIDC)',
  card: { text: 'Inloggning via kommunens egen identitetsleverantör, till exempel Entra ID.' },
  heading: 'Inloggning (OIDC)',
  intro:
    'Låt medarbetarna logga in med kommunens egen identitetsleverantör via OpenID Connect: Microsoft Entra ID, eller SITHS, Freja eID och BankID genom en förmedlingstjänst. Roller ges fortfarande här i Fältlogg.',
  registerHeading: 'Registrera Fältlogg hos leverantören',
  redirectUri: 'Omdirigerings-URI (redirect URI)',
  postLogoutRedirectUri: 'Adress efter utloggning (post logout redirect URI)',
  issuer: 'Utfärdare (issuer)',
  issuerHint:
    'Kommunens egen adress, till exempel https://login.microsoftonline.com/<tenant-id>/v2.0 för Entra ID. Gemensamma adresser som /common godtas inte.',
  clientId: 'Klient-id',
  clientSecret: 'Klienthemlighet',
  clientSecretSaved: 'Klienthemligheten är sparad. Lämna fältet tomt för att behålla den.',
  clientSecretHint: 'Visas aldrig igen när den är sparad.',
  saved: 'sparad',
  scopes: 'Omfång (scopes)',
  claimsHeading: 'Vilka uppgifter från leverantören som används',
  subjectClaim: 'Claim med användarens stabila id',
  subjectClaimHint: 'Oftast sub. För Entra ID kan oid användas.',
  emailClaim: 'Claim med e-postadress',
  nameClaim: 'Claim med namn',
  mfaAcrValues: 'acr-värden som betyder tvåfaktorsinloggning',
  mfaAcrValuesHint: 'Ett per rad. Lämna tomt om leverantören anger det i amr.',
  buttonLabel: 'Text på inloggningsknappen',
  buttonLabelHint: 'Till exempel ”Logga in med Stockholms stad”.',
  createUsers: 'Skapa konto vid första inloggningen för okända användare',
  createUsersHint:
    'Nya konton får inga roller. En administratör ger dem roller här i Fältlogg. Av: bara befintliga konton kan logga in.',
  enabled: 'Inloggning via leverantören är påslagen',
  save: 'Spara inställningar',
  savedStatus: 'Inställningarna är sparade.',
  notConfigured: 'Ingen leverantör är inställd ännu.',
  or: 'eller med e-post och lösenord',
  providersLabel: 'Logga in via din organisation',
};

export const oidcErrorsSv = {
  oidc_issuer_multi_tenant:
    'Adressen är gemensam för alla organisationer i Microsoft (/common, /organizations eller /consumers). Ange kommunens egen, till exempel https://login.microsoftonline.com/<tenant-id>/v2.0.',
  oidc_issuer_insecure: 'Utfärdarens adress måste börja med https://.',
  oidc_issuer_invalid: 'Utfärdarens adress är inte en giltig webbadress.',
  oidc_client_secret_required: 'Ange klienthemligheten.',
  oidc_not_configured: 'Inloggning via organisationen är inte påslagen. Logga in med e-post och lösenord.',
  oidc_provider_unavailable:
    'Identitetsleverantören svarar inte som den ska just nu. Försök igen om en stund.',
  oidc_state_invalid: 'Inloggningen tog för lång tid eller har redan använts. Försök igen.',
  oidc_denied: 'Inloggningen avbröts hos identitetsleverantören.',
  oidc_token_rejected: 'Svaret från identitetsleverantören kunde inte godtas. Försök igen.',
  oidc_claims_missing:
    'Identitetsleverantören skickade inte de uppgifter som behövs. Kontakta din administratör.',
  oidc_user_unknown: 'Det finns inget Fältlogg-konto för dig. Kontakta din administratör.',
  oidc_account_linked_elsewhere:
    'Kontot med din e-postadress hör redan till en annan inloggning. Kontakta din administratör.',
};
