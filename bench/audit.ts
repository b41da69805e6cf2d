/**
 * What the audit hash chain costs: 1,000 `recordAudit` calls (each in its own transaction, as a
 * read's `recordAccess` does) against 1,000 plain inserts of the same rows without the chain, one
 * after another and from 8 clients at once; then how fast a chain verifies. Prints figures and the
 * machine; asserts nothing. Runs on an in-memory PGlite, and on PostgreSQL when DATABASE_URL is set
 * (in a scratch database created beside it and dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import pg from 'pg';
import { type AuditEntry, recordAccess } from '../src/server/audit/audit.repository';
import { verifyAuditChain } from '../src/server/audit/audit.service';
import { asStoredJson } from '../src/server/audit/audit-chain';
import { connectPostgres, type DatabaseHandle, type Db, wrapPGlite } from '../src/server/db/connect';
import { migrateToLatest } from '../src/server/db/migrate';
import { uuidv7 } from '../src/shared/uuidv7';

const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const CLIENTS = 8;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function entry(municipalityId: string, i: number): AuditEntry {
  return {
    municipalityId,
    actorUserId: uuidv7(),
    actorRoles: 'unit_manager',
    action: 'support.read',
    entityType: 'support_contact',
    entityId: uuidv7(),
    details: { fields: ['plan', 'log'], page: i },
    ip: '10.1.2.3',
    at: new Date(),
  };
}

/** The row as recordAudit wrote it before the chain: one insert, no head, dummy link columns. */
async function plainInsert(db: Db, e: AuditEntry, seq: number): Promise<void> {
  await db.transaction().execute((trx) =>
    trx
      .insertInto('audit_events')
      .values({
        id: uuidv7(e.at.getTime()),
        municipality_id: e.municipalityId,
        occurred_at: e.at,
        actor_user_id: e.actorUserId,
        actor_roles: e.actorRoles,
        action: e.action,
        entity_type: e.entityType,
        entity_id: e.entityId,
        details: JSON.stringify(asStoredJson(e.details)),
        ip: e.ip,
        seq,
        prev_hash: '0'.repeat(64),
        hash: '0'.repeat(64),
      })
      .execute(),
  );
}

async function newMunicipality(db: Db): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('municipalities')
    .values({ id, name: `Bench ${id.slice(-6)}`, code: null })
    .execute();
  return id;
}

/** Runs `calls` calls of `work`, `clients` at a time; total milliseconds. */
async function timed(clients: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < CALLS) await work(next++);
    }),
  );
  return performance.now() - started;
}

function line(label: string, ms: number): void {
  console.log(
    `  ${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms   ${((ms / CALLS) * 1000).toFixed(0).padStart(5)} µs/call`,
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function run(name: string, handle: DatabaseHandle): Promise<void> {
  const { db } = handle;
  await migrateToLatest(db);
  console.log(`\n${name} — median of ${ROUNDS} rounds, alternating`);
  for (const clients of handle.kind === 'postgres' ? [1, CLIENTS] : [1]) {
    const plain = await newMunicipality(db);
    const chained = await newMunicipality(db);
    let seq = 0;
    const plainRuns: number[] = [];
    const chainedRuns: number[] = [];
    // Warm up both paths, then alternate them so that noise from the machine hits both alike.
    await plainInsert(db, entry(plain, -1), ++seq);
    await recordAccess(db, entry(chained, -1));
    for (let round = 0; round < ROUNDS; round++) {
      plainRuns.push(await timed(clients, (i) => plainInsert(db, entry(plain, i), ++seq)));
      chainedRuns.push(await timed(clients, (i) => recordAccess(db, entry(chained, i))));
    }
    line(`${CALLS} plain inserts, ${clients} client(s)`, median(plainRuns));
    line(`${CALLS} recordAudit (chained), ${clients} client(s)`, median(chainedRuns));
    const started = performance.now();
    const report = await verifyAuditChain(db, chained);
    const verifyMs = performance.now() - started;
    console.log(
      `  verify ${report.checked} events: ${verifyMs.toFixed(0)} ms (${Math.round(report.checked / (verifyMs / 1000))} events/s), ${report.ok ? 'unbroken' : 'BROKEN'}`,
    );
  }
  await db.destroy();
}

console.log(
  `Fältlogg audit chain benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}`,
);
await run('PGlite (in memory, one session)', wrapPGlite(await PGlite.create()));

const url = process.env.DATABASE_URL;
if (url) {
  const name = `faltlogg_bench_audit_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    const handle = connectPostgres(target.toString(), CLIENTS);
    const { rows } = await sql<{ server_version: string }>`show server_version`.execute(handle.db);
    await run(`PostgreSQL ${rows[0]?.server_version ?? ''} (pool of ${CLIENTS})`, handle);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log('\nPostgreSQL skipped: set DATABASE_URL=postgres://… to run it too.');
}
