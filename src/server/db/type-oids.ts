/** PostgreSQL type ids whose driver defaults differ between pg and PGlite, and how Fältlogg reads them. */
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;
export const DATE_OID = 1082;

/**
 * A `date` column as its 'YYYY-MM-DD' text, untouched. pg's default turns it into a Date at local
 * midnight (a day off east of UTC once printed as ISO), PGlite's into a Date at UTC midnight; the
 * Kysely types (`Day`) promise the text, so every driver must give the text.
 */
export const parseDay = (value: string): string => value;
