/**
 * `npm run audit:verify`: verifies every municipality's audit hash chain in the configured database
 * (DATABASE_URL, or the PGlite data directory — stop the server first, PGlite allows one process).
 * Prints one line per municipality; exits 1 if any chain is broken, 2 if it could not check.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import type { Database } from '../db/database';
import { type ChainReport, verifyAuditChain } from './audit.service';
import { listMunicipalities } from './audit-log.repository';

const KIND_TEXT: Record<'edited' | 'missing' | 'inserted' | 'reordered', string> = {
  edited: 'changed after it was written',
  missing: 'deleted',
  inserted: 'added outside the app',
  reordered: 'out of order',
};

export function describeReport(name: string, municipalityId: string, report: ChainReport): string {
  const who = `${name} (${municipalityId})`;
  if (report.ok) return `ok      ${who}: ${report.checked} events, chain unbroken`;
  return `BROKEN  ${who}: event ${report.break.seq} ${KIND_TEXT[report.break.kind]} (${report.break.kind}); ${report.checked} events verified before it`;
}

/** Verifies every municipality, writing a line each; the process exit code (0 ok, 1 broken). */
export async function verifyAllChains(db: Kysely<Database>, write: (line: string) => void): Promise<0 | 1> {
  let broken = false;
  for (const municipality of await listMunicipalities(db)) {
    const report = await verifyAuditChain(db, municipality.id);
    if (!report.ok) broken = true;
    write(describeReport(municipality.name, municipality.id, report));
  }
  return broken ? 1 : 0;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    return await verifyAllChains(database.db, (line) => console.log(line));
  } catch (error) {
    console.error(
      `Could not verify the audit log: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 2;
  } finally {
    await database.db.destroy();
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = await main();
