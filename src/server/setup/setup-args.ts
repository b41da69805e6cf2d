import { parseArgs } from 'node:util';
import { z } from 'zod';

export const SETUP_USAGE = `Användning / usage:
  npm run setup -- --municipality "Kommunens namn" --admin e-post@kommun.se [--name "Förnamn Efternamn"]
                   [--unit "Enhetens namn" [--administration "Förvaltningens namn"]] [--password-stdin]

Skapar kommunen och dess första administratör i den konfigurerade databasen (DATABASE_URL eller
FALTLOGG_DATA_DIR). Lösenordet frågas efter (dolt) eller läses från standard in med --password-stdin.
Creates the municipality and its first administrator in the configured database; the password is
asked for (hidden) or read from standard input with --password-stdin.`;

export type SetupArgs = {
  municipality: string;
  adminEmail: string;
  adminName: string;
  unit: { name: string; administration: string } | undefined;
  passwordStdin: boolean;
};

const text = (max: number) => z.string().trim().min(1).max(max);

/** The command line, or a message saying what is wrong with it. */
export function parseSetupArgs(argv: string[]): { ok: true; args: SetupArgs } | { ok: false; error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        municipality: { type: 'string' },
        admin: { type: 'string' },
        name: { type: 'string' },
        unit: { type: 'string' },
        administration: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { ok: false, error: '' };
  const municipality = text(120).safeParse(values.municipality);
  if (!municipality.success)
    return { ok: false, error: 'Ange --municipality "Kommunens namn". / Give --municipality.' };
  const email = z
    .email()
    .safeParse(typeof values.admin === 'string' ? values.admin.trim().toLowerCase() : undefined);
  if (!email.success)
    return {
      ok: false,
      error: 'Ange --admin med en giltig e-postadress. / Give --admin with a valid e-mail.',
    };
  const name = text(120).safeParse(values.name ?? 'Administratör');
  if (!name.success) return { ok: false, error: '--name är för långt. / --name is too long.' };
  if (values.administration !== undefined && values.unit === undefined)
    return { ok: false, error: '--administration hör till --unit. / --administration goes with --unit.' };
  let unit: SetupArgs['unit'];
  if (values.unit !== undefined) {
    const unitName = text(120).safeParse(values.unit);
    const administration = text(120).safeParse(values.administration ?? 'Socialförvaltningen');
    if (!unitName.success || !administration.success)
      return {
        ok: false,
        error:
          '--unit och --administration får inte vara tomma. / --unit and --administration must not be empty.',
      };
    unit = { name: unitName.data, administration: administration.data };
  }
  return {
    ok: true,
    args: {
      municipality: municipality.data,
      adminEmail: email.data,
      adminName: name.data,
      unit,
      passwordStdin: values['password-stdin'] === true,
    },
  };
}
