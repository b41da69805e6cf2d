import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asStoredJson,
  type ChainEventContent,
  type ChainedEvent,
  type ChainHead,
  canonicalJson,
  canonicalTimestamp,
  GENESIS_HASH,
  hashEvent,
  type JsonValue,
  nextLink,
  verifyChain,
} from './audit-chain';

const MUNICIPALITY = '01960000-0000-7000-8000-000000000001';

const contentArb: fc.Arbitrary<Omit<ChainEventContent, 'seq' | 'municipalityId'>> = fc.record({
  id: fc.uuid(),
  occurredAt: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
    .map(canonicalTimestamp),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  actorRoles: fc.constantFrom('administrator', 'anonymous', 'field_worker,unit_manager'),
  action: fc.stringMatching(/^[a-z]{1,8}\.[a-z_]{1,8}$/),
  entityType: fc.constantFrom('user', 'unit', 'support_contact', 'report_of_concern'),
  entityId: fc.option(fc.uuid(), { nil: null }),
  details: fc.jsonValue({ maxDepth: 2 }).map((value) => asStoredJson(value)),
  ip: fc.option(fc.ipV4(), { nil: null }),
});

/** A valid chain of 1–12 events, built the way `recordAudit` builds it. */
const chainArb = fc.array(contentArb, { minLength: 1, maxLength: 12 }).map((contents) => {
  let head: ChainHead = { seq: 0, hash: GENESIS_HASH };
  const events: ChainedEvent[] = contents.map((content) => {
    const event = { ...content, municipalityId: MUNICIPALITY };
    const link = nextLink(head, event);
    head = { seq: link.seq, hash: link.hash };
    return { ...event, ...link };
  });
  return { events, head };
});

const EDITABLE = [
  'id',
  'municipalityId',
  'occurredAt',
  'actorUserId',
  'actorRoles',
  'action',
  'entityType',
  'entityId',
  'details',
  'ip',
  'prevHash',
  'hash',
] as const satisfies readonly (keyof ChainedEvent)[];

/** A different value for the field: its canonical form differs, as any real edit's would. */
function editedValue(event: ChainedEvent, field: (typeof EDITABLE)[number], salt: string): JsonValue {
  const current = event[field];
  if (field === 'details') return { ...(typeof current === 'object' ? { was: current } : {}), salt };
  if (field === 'occurredAt') return canonicalTimestamp(new Date(Date.parse(String(current)) + 1));
  return current === null ? salt : `${current}${salt}`;
}

/** The hash of the fixed event below under format v1. */
const GOLDEN_HASH = 'ffd4fbf7c83b4da1c05339a74623a363949b9b8d0f8c435e203d8da5ecef77cb';

describe('canonical serialisation', () => {
  it('sorts keys at every depth and ignores the order they came in', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], é: true })).toBe(
      '{"a":[{"c":"x","d":null}],"b":1,"é":true}',
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(asStoredJson(reversed))).toBe(canonicalJson(asStoredJson(object)));
      }),
    );
  });

  it('keeps what jsonb gives back: undefined members go, dates become text', () => {
    expect(asStoredJson({ a: undefined, at: new Date('2026-04-01T10:00:00Z') })).toEqual({
      at: '2026-04-01T10:00:00.000Z',
    });
    expect(canonicalTimestamp(new Date('2026-04-01T10:00:00.123Z'))).toBe('2026-04-01T10:00:00.123000Z');
  });

  it('hashes a fixed event to a fixed value (a format change must be deliberate)', () => {
    const event: ChainEventContent = {
      seq: 1,
      id: '01960000-0000-7000-8000-0000000000aa',
      municipalityId: MUNICIPALITY,
      occurredAt: '2026-04-01T10:00:00.000000Z',
      actorUserId: null,
      actorRoles: 'anonymous',
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: null,
      details: { b: [1, 'två'], a: null },
      ip: '127.0.0.1',
    };
    expect(hashEvent(GENESIS_HASH, event)).toBe(GOLDEN_HASH);
  });
});

describe('verifyChain', () => {
  it('accepts every chain built link by link, and an empty one', () => {
    fc.assert(
      fc.property(chainArb, ({ events, head }) => {
        expect(verifyChain(events, head)).toEqual({ ok: true, checked: events.length });
      }),
    );
    expect(verifyChain([], { seq: 0, hash: GENESIS_HASH })).toEqual({ ok: true, checked: 0 });
  });

  it('reports an edit of any field (hash columns included) as edited, at that event', () => {
    fc.assert(
      fc.property(
        chainArb,
        fc.nat(),
        fc.constantFrom(...EDITABLE),
        fc.stringMatching(/^[0-9a-f]{1,8}$/),
        (chain, at, field, salt) => {
          const index = at % chain.events.length;
          const events = [...chain.events];
          const original = events[index] as ChainedEvent;
          events[index] = { ...original, [field]: editedValue(original, field, salt) };
          expect(verifyChain(events, chain.head)).toEqual({
            ok: false,
            checked: index,
            break: { seq: index + 1, kind: 'edited' },
          });
        },
      ),
    );
  });

  it('reports a changed event number at that event', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.integer({ min: -3, max: 40 }), (chain, at, seq) => {
        const index = at % chain.events.length;
        fc.pre(seq !== index + 1);
        const events = [...chain.events];
        events[index] = { ...(events[index] as ChainedEvent), seq };
        const result = verifyChain(events, chain.head);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.break.seq).toBe(index + 1);
      }),
    );
  });

  it('reports a deleted event as missing, at its number (the last one too, through the head)', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), (chain, at) => {
        const index = at % chain.events.length;
        const events = chain.events.filter((_, i) => i !== index);
        expect(verifyChain(events, chain.head)).toEqual({
          ok: false,
          checked: index,
          break: { seq: index + 1, kind: 'missing' },
        });
      }),
    );
  });

  it('reports a forged event claiming an existing number as inserted, at that number', () => {
    fc.assert(
      fc.property(
        chainArb,
        contentArb,
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        (chain, forged, at, before, clever) => {
          const index = at % chain.events.length;
          const seq = index + 1;
          const prevHash = index === 0 ? GENESIS_HASH : (chain.events[index - 1] as ChainedEvent).hash;
          const content = { ...forged, municipalityId: MUNICIPALITY, seq };
          // A clever forger hashes the fake properly; a naive one does not.
          const hash = clever ? hashEvent(prevHash, content) : 'f'.repeat(64);
          const events = [...chain.events];
          events.splice(before ? index : index + 1, 0, { ...content, prevHash, hash });
          expect(verifyChain(events, chain.head)).toEqual({
            ok: false,
            checked: index,
            break: { seq, kind: 'inserted' },
          });
        },
      ),
    );
  });

  it('reports an event appended behind the app’s back (past the head) as inserted', () => {
    fc.assert(
      fc.property(chainArb, contentArb, (chain, forged) => {
        const link = nextLink(chain.head, { ...forged, municipalityId: MUNICIPALITY });
        const events = [...chain.events, { ...forged, municipalityId: MUNICIPALITY, ...link }];
        expect(verifyChain(events, chain.head)).toEqual({
          ok: false,
          checked: chain.events.length,
          break: { seq: link.seq, kind: 'inserted' },
        });
      }),
    );
  });

  it('reports two swapped events as reordered, at the first place out of order', () => {
    fc.assert(
      fc.property(
        chainArb.filter((chain) => chain.events.length >= 2),
        fc.nat(),
        fc.nat(),
        (chain, a, b) => {
          const n = chain.events.length;
          const i = a % n;
          const j = b % n;
          fc.pre(i !== j);
          const [low, high] = i < j ? [i, j] : [j, i];
          const events = [...chain.events];
          [events[low], events[high]] = [events[high] as ChainedEvent, events[low] as ChainedEvent];
          expect(verifyChain(events, chain.head)).toEqual({
            ok: false,
            checked: low,
            break: { seq: low + 1, kind: 'reordered' },
          });
        },
      ),
    );
  });

  it('reports a head that no longer matches the last event', () => {
    fc.assert(
      fc.property(chainArb, (chain) => {
        const result = verifyChain(chain.events, { seq: chain.head.seq, hash: 'a'.repeat(64) });
        expect(result).toEqual({
          ok: false,
          checked: chain.head.seq,
          break: { seq: chain.head.seq, kind: 'edited' },
        });
      }),
    );
  });
});
