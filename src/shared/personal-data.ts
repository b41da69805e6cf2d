/**
 * Finds personal data that must not be written in the field log's free text: Swedish personal
 * identity numbers (personnummer) and coordination numbers (samordningsnummer) with a valid check
 * digit, phone numbers, and e-mail addresses. Encounters are anonymous; a note is not the place
 * for who someone is or how to reach them.
 */
export type PersonalDataKind = 'personal_identity_number' | 'phone_number' | 'email';
export type PersonalDataMatch = { kind: PersonalDataKind; text: string; index: number };

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;
// 6 or 8 digits of date, an optional - or + separator, 4 digits; not inside a longer number.
const IDENTITY_NUMBER = /(?<![\d-])(\d{2})?(\d{6})\s?[-+]?\s?(\d{4})(?![\d-])/g;
// +46 or 0 prefix, then 6–10 more digits with single spaces or dashes between groups.
const PHONE = /(?<![\d+])(?:\+46[\s-]?|0046[\s-]?|0)\(?\d{1,3}\)?(?:[\s-]?\d){5,9}(?!\d)/g;

/** The Luhn check over the 10 digits YYMMDDNNNC, as Skatteverket defines it. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A real calendar date; a coordination number adds 60 to the day. */
function plausibleDate(sixDigits: string, century?: string): boolean {
  const month = Number(sixDigits.slice(2, 4));
  let day = Number(sixDigits.slice(4, 6));
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century ? Number(century + sixDigits.slice(0, 2)) : 2000 + Number(sixDigits.slice(0, 2));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const WHOLE_IDENTITY_NUMBER = new RegExp(`^${IDENTITY_NUMBER.source}$`);

export function isPersonalIdentityNumber(text: string): boolean {
  // A separate, non-global regex: exec on the global one would leave lastIndex behind for matchAll.
  const match = WHOLE_IDENTITY_NUMBER.exec(text.trim());
  return match !== null && validIdentity(match);
}

function validIdentity(match: RegExpExecArray): boolean {
  const [, century, date = '', serial = ''] = match;
  if (century !== undefined && century !== '19' && century !== '20' && century !== '18') return false;
  return plausibleDate(date, century) && luhnValid(date + serial);
}

/** Every piece of personal data in `text`, in order of appearance. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const match of text.matchAll(EMAIL))
    found.push({ kind: 'email', text: match[0], index: match.index ?? 0 });
  for (const match of text.matchAll(IDENTITY_NUMBER)) {
    if (validIdentity(match as RegExpExecArray)) {
      found.push({ kind: 'personal_identity_number', text: match[0], index: match.index ?? 0 });
    }
  }
  const taken = (index: number, length: number) =>
    found.some((f) => index < f.index + f.text.length && f.index < index + length);
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, '');
    const index = match.index ?? 0;
    if (digits.length >= 8 && digits.length <= 13 && !taken(index, match[0].length)) {
      found.push({ kind: 'phone_number', text: match[0], index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
