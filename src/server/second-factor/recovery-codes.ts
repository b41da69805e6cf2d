import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens';
import { base32Encode } from './totp';

export const RECOVERY_CODE_COUNT = 10;

/**
 * Ten codes of 50 random bits each, written `xxxxx-xxxxx` in lower-case base32 (no 0/1/8/9 to
 * confuse with letters). That much entropy makes a fast hash enough: guessing runs online only.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const text = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
}

/** A code as typed (any case, with or without the dash and spaces) to its stored hash. */
export function hashRecoveryCode(code: string): string {
  return hashToken(code.replaceAll(/[\s-]/g, '').toLowerCase());
}
