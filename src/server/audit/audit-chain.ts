import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain, as pure functions: each municipality's events are numbered 1, 2, 3 …
 * and each event's hash covers its content and the previous event's hash, so editing, deleting,
 * inserting or reordering a stored event breaks the chain at that event. docs/audit-log.md.
 */

/** The `prev_hash` of a municipality's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the serialisation below ever changes; old chains keep verifying under their version. */
const FORMAT_VERSION = 1;

/** A JSON value as stored in `details` (jsonb) and read back. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What an event's hash covers, besides the previous hash. */
export type ChainEventContent = {
  seq: number;
  id: string;
  municipalityId: string;
  /** Canonical UTC timestamp with microseconds, see `canonicalTimestamp`. */
  occurredAt: string;
  actorUserId: string | null;
  actorRoles: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details: JsonValue;
  ip: string | null;
};

export type ChainedEvent = ChainEventContent & { prevHash: string; hash: string };

/** The newest link, as `audit_chain_heads` keeps it: `seq` 0 and the genesis hash before any event. */
export type ChainHead = { seq: number; hash: string };

export type ChainBreakKind = 'edited' | 'missing' | 'inserted' | 'reordered';

/** Where a chain first fails: the event number that is wrong or absent, and what happened there. */
export type ChainBreak = { seq: number; kind: ChainBreakKind };

export type ChainVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; break: ChainBreak };

/**
 * JSON with object keys sorted (by UTF-16 code units, at every depth) and no whitespace: the same
 * value always gives the same text, whatever order jsonb or a caller kept the keys in.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Not a JSON number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`).join(',')}}`;
}

/**
 * A value as it will read back from jsonb: `undefined` members dropped, dates as ISO strings,
 * and so on — exactly what `JSON.stringify` writes. Hash this, not the caller's object.
 */
export function asStoredJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? {})) as JsonValue;
}

/**
 * An instant as `2026-04-01T10:00:00.123000Z`: microseconds, since that is what timestamptz keeps
 * (the database formats its own value the same way when verifying, so a sub-millisecond edit shows).
 */
export function canonicalTimestamp(at: Date): string {
  return at.toISOString().replace(/Z$/, '000Z');
}

/** The hex SHA-256 of an event and the hash before it. */
export function hashEvent(prevHash: string, event: ChainEventContent): string {
  const content: Record<keyof ChainEventContent, JsonValue> = {
    seq: event.seq,
    id: event.id,
    municipalityId: event.municipalityId,
    occurredAt: event.occurredAt,
    actorUserId: event.actorUserId,
    actorRoles: event.actorRoles,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    details: event.details,
    ip: event.ip,
  };
  const text = canonicalJson({ v: FORMAT_VERSION, prevHash, ...content });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The next link after `head`: its number, the hash it points back to, and its own hash. */
export function nextLink(
  head: ChainHead,
  event: Omit<ChainEventContent, 'seq'>,
): { seq: number; prevHash: string; hash: string } {
  const seq = head.seq + 1;
  return { seq, prevHash: head.hash, hash: hashEvent(head.hash, { ...event, seq }) };
}

/**
 * Checks events in the order they are stored (by seq), one at a time, so millions can stream past
 * in pages. Each event is judged when the one after it arrives: a duplicate number or a jump back
 * is only visible from there.
 */
export class ChainVerifier {
  private pending: ChainedEvent | undefined;
  private expectedSeq = 1;
  private expectedPrev = GENESIS_HASH;
  private broken: ChainBreak | undefined;

  /** `head`, when given, is read before the events: events past it were not appended by the app. */
  constructor(private readonly head?: ChainHead) {}

  push(event: ChainedEvent): void {
    if (this.broken) return;
    if (this.pending) this.broken = this.judge(this.pending, event);
    this.pending = event;
  }

  /** Whether a break is already known (the caller can stop reading). */
  get isBroken(): boolean {
    return this.broken !== undefined;
  }

  finish(): ChainVerification {
    if (!this.broken && this.pending) this.broken = this.judge(this.pending, undefined);
    this.pending = undefined;
    this.broken ??= this.judgeHead();
    const checked = this.expectedSeq - 1;
    return this.broken ? { ok: false, checked, break: this.broken } : { ok: true, checked };
  }

  private judge(event: ChainedEvent, next: ChainedEvent | undefined): ChainBreak | undefined {
    const seq = this.expectedSeq;
    if (event.seq < seq) return { seq, kind: 'reordered' };
    if (event.seq > seq) {
      // A later event standing before earlier ones was moved; a plain jump means some are gone.
      return { seq, kind: next && next.seq < event.seq ? 'reordered' : 'missing' };
    }
    if (next?.seq === seq) {
      // Two events claim this number. If one points back to the other, it is the next event with
      // its number changed; otherwise one of them was slipped in.
      const renumbered = next.prevHash === event.hash || event.prevHash === next.hash;
      return renumbered ? { seq: seq + 1, kind: 'edited' } : { seq, kind: 'inserted' };
    }
    if (this.head && seq > this.head.seq) return { seq, kind: 'inserted' };
    if (event.prevHash !== this.expectedPrev || hashEvent(event.prevHash, event) !== event.hash) {
      return { seq, kind: 'edited' };
    }
    this.expectedSeq = seq + 1;
    this.expectedPrev = event.hash;
    return undefined;
  }

  private judgeHead(): ChainBreak | undefined {
    if (!this.head) return undefined;
    const last = this.expectedSeq - 1;
    if (this.head.seq > last) return { seq: last + 1, kind: 'missing' };
    if (this.head.hash !== this.expectedPrev) return { seq: last, kind: 'edited' };
    return undefined;
  }
}

/** Verifies a whole chain held in memory (tests, small exports); see `ChainVerifier`. */
export function verifyChain(events: readonly ChainedEvent[], head?: ChainHead): ChainVerification {
  const verifier = new ChainVerifier(head);
  for (const event of events) verifier.push(event);
  return verifier.finish();
}
