/**
 * `npm run setup -- --municipality "…" --admin e-mail`: creates the first municipality and its
 * administrator in the configured database (migrating it first), for a production start without the
 * demo. Exit codes: 0 created, 1 refused (already exists, bad password), 2 usage or database error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PASSWORD_MIN_LENGTH } from '../auth/password';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { createFirstMunicipality, SetupRefused } from './first-municipality.service';
import { parseSetupArgs, SETUP_USAGE } from './setup-args';
import { readHiddenLine, readStdinPassword } from './terminal-input';

async function askPassword(passwordStdin: boolean): Promise<string> {
  if (passwordStdin) return readStdinPassword(process.stdin);
  if (!process.stdin.isTTY)
    throw new SetupRefused(
      'no_password',
      'Ingen terminal att fråga i: använd --password-stdin. / No terminal to ask in: use --password-stdin.',
    );
  const first = await readHiddenLine(
    `Lösenord för administratören / password (minst ${PASSWORD_MIN_LENGTH} tecken): `,
  );
  const again = await readHiddenLine('Samma lösenord igen / again: ');
  if (first !== again) throw new SetupRefused('no_password', 'Lösenorden var olika. / The passwords differ.');
  return first;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseSetupArgs(argv);
  if (!parsed.ok) {
    if (parsed.error) console.error(parsed.error);
    console.error(SETUP_USAGE);
    return 2;
  }
  const { args } = parsed;
  let password: string;
  try {
    password = await askPassword(args.passwordStdin);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const created = await createFirstMunicipality(
      database.db,
      {
        municipality: args.municipality,
        adminEmail: args.adminEmail,
        adminName: args.adminName,
        password,
        unit: args.unit,
      },
      new Date(),
    );
    console.log(
      `Kommunen "${args.municipality}" är skapad. Logga in som ${created.email} och lägg till förvaltningar, enheter och användare under Administration.\n` +
        `Created the municipality "${args.municipality}". Sign in as ${created.email}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SetupRefused) {
      console.error(error.message);
      return 1;
    }
    console.error(`Setup failed / misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    await database.db.destroy();
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
