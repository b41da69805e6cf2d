/**
 * Characters no text field may hold: PostgreSQL cannot store a NUL (U+0000), and a lone UTF-16
 * surrogate is not text at all (jsonb refuses its escape; elsewhere it silently becomes U+FFFD).
 * The server refuses both at its edge; the phone says so at the field before saving.
 */
export type TextFault = 'nul_character' | 'lone_surrogate';

// In `u` mode a proper surrogate pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Cs}/u;

/** What keeps one string from being stored, if anything. */
export function textFault(value: string): TextFault | null {
  if (value.includes('\u0000')) return 'nul_character';
  if (LONE_SURROGATE.test(value)) return 'lone_surrogate';
  return null;
}
