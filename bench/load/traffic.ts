import { uuidv7 } from '../../src/shared/uuidv7';
import type { References, Worker } from './setup';

/** What the phone does, and how often, per client iteration. */
export const OPERATIONS = ['list', 'create', 'edit', 'conflict', 'retry', 'race'] as const;
export type Operation = (typeof OPERATIONS)[number];
const MIX: [Operation, number][] = [
  ['list', 35],
  ['create', 25],
  ['edit', 25],
  ['conflict', 7],
  ['retry', 5],
  ['race', 3],
];

export type Outcome = { operation: Operation; status: number; ms: number };
/** A save the server acknowledged (2xx): it must be in the database afterwards. */
export type Acknowledged = { shiftId: string; mutationId: string; version: number };

type Body = { mutationId: string; baseVersion: number | null; shift: Record<string, unknown> };

/** A signed-in field worker's phone: its cookie, CSRF token, and the shifts it has saved. */
export class Phone {
  private cookie = '';
  private csrf = '';
  private userId = '';
  private readonly mine = new Map<string, number>();
  private last: { shiftId: string; body: Body } | null = null;

  constructor(
    private readonly base: string,
    readonly worker: Worker,
    private readonly references: References,
    private readonly random: () => number,
  ) {}

  /** As the web app signs in: the session endpoint gives a CSRF token for the sign-in itself. */
  async signIn(password: string): Promise<void> {
    const first = await fetch(`${this.base}/api/auth/session`);
    const cookies = (r: Response) =>
      r.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    const before = (await first.json()) as { csrfToken: string };
    const response = await fetch(`${this.base}/api/auth/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: cookies(first),
        'x-csrf-token': before.csrfToken,
      },
      body: JSON.stringify({ email: this.worker.email, password }),
    });
    if (!response.ok)
      throw new Error(`sign-in ${this.worker.email}: ${response.status} ${await response.text()}`);
    this.cookie = cookies(response);
    const session = (await response.json()) as { csrfToken: string; user: { id: string } };
    this.csrf = session.csrfToken;
    this.userId = session.user.id;
  }

  /** One iteration of the mix; returns what each request it made got. */
  async step(acknowledged: Acknowledged[]): Promise<Outcome[]> {
    const operation = this.pick();
    switch (operation) {
      case 'list':
        return [await this.timed('list', () => this.list())];
      case 'create':
        return [await this.save('create', uuidv7(), null, acknowledged)];
      case 'edit': {
        const shift = this.ownShift();
        if (!shift) return [await this.save('create', uuidv7(), null, acknowledged)];
        return [await this.save('edit', shift[0], shift[1], acknowledged)];
      }
      case 'conflict': {
        const shift = [...this.mine].find(([, version]) => version >= 2);
        if (!shift) return [await this.timed('list', () => this.list())];
        // An edit made from an older version: the server must refuse it and say what is current.
        return [await this.save('conflict', shift[0], shift[1] - 1, acknowledged)];
      }
      case 'retry': {
        if (!this.last) return [await this.timed('list', () => this.list())];
        // The outbox's retry after a lost response: the same mutation again.
        return [await this.send('retry', this.last.shiftId, this.last.body, acknowledged)];
      }
      case 'race': {
        // The outbox retries while the first request still runs: the same create twice at once.
        const shiftId = uuidv7();
        const body = this.body(null);
        return Promise.all([
          this.send('race', shiftId, body, acknowledged),
          this.send('race', shiftId, body, acknowledged),
        ]);
      }
    }
  }

  private pick(): Operation {
    let r = this.random() * 100;
    for (const [operation, weight] of MIX) {
      r -= weight;
      if (r < 0) return operation;
    }
    return 'list';
  }

  private ownShift(): [string, number] | undefined {
    const all = [...this.mine];
    return all[Math.floor(this.random() * all.length)];
  }

  private headers(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': 'application/json' };
  }

  /** The list the phone shows: three weeks back, four ahead. */
  private async list(): Promise<number> {
    const day = Date.now();
    const from = new Date(day - 21 * 86_400_000).toISOString();
    const to = new Date(day + 29 * 86_400_000).toISOString();
    const response = await fetch(
      `${this.base}/api/units/${this.worker.unitId}/shifts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      { headers: this.headers() },
    );
    await response.arrayBuffer();
    return response.status;
  }

  private async timed(operation: Operation, run: () => Promise<number>): Promise<Outcome> {
    const started = performance.now();
    let status: number;
    try {
      status = await run();
    } catch {
      status = 0; // no answer at all: a timeout or a dropped connection
    }
    return { operation, status, ms: performance.now() - started };
  }

  private save(
    operation: Operation,
    shiftId: string,
    baseVersion: number | null,
    acknowledged: Acknowledged[],
  ) {
    const body = this.body(baseVersion);
    return this.send(operation, shiftId, body, acknowledged);
  }

  private async send(operation: Operation, shiftId: string, body: Body, acknowledged: Acknowledged[]) {
    if (operation !== 'retry' && operation !== 'conflict') this.last = { shiftId, body };
    return this.timed(operation, async () => {
      const response = await fetch(`${this.base}/api/units/${this.worker.unitId}/shifts/${shiftId}`, {
        method: 'PUT',
        headers: this.headers(),
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { version?: number; current?: { version: number } };
      if (response.ok && typeof answer.version === 'number') {
        acknowledged.push({ shiftId, mutationId: body.mutationId, version: answer.version });
        this.mine.set(shiftId, Math.max(this.mine.get(shiftId) ?? 0, answer.version));
      } else if (response.status === 409 && answer.current) {
        this.mine.set(shiftId, answer.current.version);
      }
      return response.status;
    });
  }

  /** A finished evening shift of the last week with a few counted contacts, as a phone sends it. */
  private body(baseVersion: number | null): Body {
    const r = this.random;
    const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)] as T;
    const start = new Date(Date.now() - (1 + Math.floor(r() * 6)) * 86_400_000);
    start.setUTCHours(17, 0, 0, 0);
    const cells = new Map<string, { gender: string; ageBandId: string; depth: string; count: number }>();
    for (let i = 0; i < 2 + Math.floor(r() * 4); i++) {
      const cell = {
        gender: pick(['girl', 'boy', 'other']),
        ageBandId: pick(this.references.ageBands.slice(1, 4)),
        depth: pick(['brief', 'conversation', 'support']),
        count: 1 + Math.floor(r() * 6),
      };
      cells.set(`${cell.gender}|${cell.ageBandId}|${cell.depth}`, cell);
    }
    return {
      mutationId: uuidv7(),
      baseVersion,
      shift: {
        status: 'done',
        kind: 'outreach',
        title: null,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
        timeUse: 'outreach',
        preventionLevel: 'universal',
        staffIds: [this.userId],
        areaIds: this.worker.areaIds,
        arenaIds: [pick(this.references.arenas)],
        partners: r() < 0.2 ? ['night_walkers'] : [],
        riskFactorIds: [],
        protectiveFactorIds: [],
        encounters: [...cells.values()],
        topics: [{ topicId: pick(this.references.topics), count: 1 + Math.floor(r() * 3) }],
        actions:
          r() < 0.3
            ? [
                {
                  kind: 'guidance',
                  serviceId: pick(this.references.services),
                  gender: 'girl',
                  ageBandId: pick(this.references.ageBands.slice(1, 4)),
                  count: 1,
                },
              ]
            : [],
        observations: [],
        notes: null,
      },
    };
  }
}
