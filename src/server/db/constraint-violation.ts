/**
 * Whether a database error is a unique violation of the named constraint. pg and PGlite both carry
 * the SQLSTATE in `code` and the constraint's name in `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: name } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && name === constraint;
}
