import { describe, expect, it, vi } from 'vitest';

// i18n sets the page's language when it starts; a bare object stands in for the document.
vi.hoisted(() => {
  vi.stubGlobal('document', { documentElement: {} });
});

import { ApiError } from '../api/errors';
import { setLocale, t } from '../i18n/i18n';
import { errorText } from './errors';

describe('error texts', () => {
  it('says calmly, in Swedish first, that the database is away for a while', async () => {
    const down = new ApiError(503, 'database_unavailable', 'The database cannot be reached', undefined, 5);
    expect(errorText(down, t)).toBe(
      'Fältlogg når inte sin databas just nu. Det är tillfälligt – försök igen om en liten stund.',
    );
    expect(errorText(new ApiError(503, 'database_timeout', 'slow'), t)).toMatch(/^Databasen svarar långsamt/);
    await setLocale('en');
    expect(errorText(down, t)).toBe(
      'Fältlogg cannot reach its database right now. This is temporary – try again shortly.',
    );
    await setLocale('sv');
  });

  it('adds why a text was refused to the usual validation message', () => {
    const refused = new ApiError(400, 'validation_failed', 'x', [
      { path: 'notes', code: 'nul_character', message: 'x' },
      { path: 'title', code: 'nul_character', message: 'x' },
    ]);
    expect(errorText(refused, t)).toBe(
      'Kontrollera uppgifterna i formuläret. En text innehåller ett osynligt tecken som inte kan sparas, ofta från inklistrad text. Skriv om den delen.',
    );
    const plain = new ApiError(400, 'validation_failed', 'x', [
      { path: 'name', code: 'too_big', message: 'x' },
    ]);
    expect(errorText(plain, t)).toBe('Kontrollera uppgifterna i formuläret.');
  });
});
