/**
 * Whether an OpenID provider's word on a sign-in counts as a second factor. RFC 8176 amr values
 * fall in three kinds of factor; two kinds together, or `mfa` itself, or an acr value the
 * municipality names (e.g. a broker's "substantial" level of assurance for BankID or SITHS) is
 * enough. One factor alone is not, however strong (a hardware key without its PIN).
 */
const FACTOR_KIND: Record<string, 'knowledge' | 'possession' | 'inherence'> = {
  pwd: 'knowledge',
  pin: 'knowledge',
  kba: 'knowledge',
  hwk: 'possession',
  swk: 'possession',
  otp: 'possession',
  sc: 'possession',
  sms: 'possession',
  tel: 'possession',
  fpt: 'inherence',
  face: 'inherence',
  iris: 'inherence',
  retina: 'inherence',
  vbm: 'inherence',
};

export function mfaByProvider(
  acr: string | null,
  amr: readonly string[] | null,
  mfaAcrValues: readonly string[],
): boolean {
  if (acr !== null && mfaAcrValues.includes(acr)) return true;
  const values = amr ?? [];
  if (values.includes('mfa')) return true;
  const kinds = new Set(values.flatMap((value) => FACTOR_KIND[value] ?? []));
  return kinds.size >= 2;
}
