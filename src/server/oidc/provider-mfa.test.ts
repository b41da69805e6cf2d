import { describe, expect, it } from 'vitest';
import { mfaByProvider } from './provider-mfa';

describe('mfaByProvider', () => {
  it('takes mfa, or two kinds of factor, as a second factor', () => {
    expect(mfaByProvider(null, ['mfa'], [])).toBe(true);
    expect(mfaByProvider(null, ['pwd', 'otp'], [])).toBe(true);
    expect(mfaByProvider(null, ['sc', 'pin'], [])).toBe(true);
    expect(mfaByProvider(null, ['hwk', 'fpt'], [])).toBe(true);
  });

  it('does not take one factor, however many of its kind, or unknown values', () => {
    expect(mfaByProvider(null, ['pwd'], [])).toBe(false);
    expect(mfaByProvider(null, ['pwd', 'pin', 'kba'], [])).toBe(false);
    expect(mfaByProvider(null, ['hwk'], [])).toBe(false);
    expect(mfaByProvider(null, ['rba', 'user'], [])).toBe(false);
    expect(mfaByProvider(null, null, [])).toBe(false);
  });

  it('takes an acr value the municipality lists, and only that one', () => {
    const listed = ['http://id.elegnamnden.se/loa/1.0/loa3'];
    expect(mfaByProvider('http://id.elegnamnden.se/loa/1.0/loa3', ['pwd'], listed)).toBe(true);
    expect(mfaByProvider('http://id.elegnamnden.se/loa/1.0/loa2', ['pwd'], listed)).toBe(false);
    expect(mfaByProvider('http://id.elegnamnden.se/loa/1.0/loa3', null, [])).toBe(false);
  });
});
