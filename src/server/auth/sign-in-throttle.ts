/**
 * Counts failed sign-ins per client address in a sliding window, so one address cannot try
 * passwords across many accounts. Per-account lockout lives in the database (users.locked_until);
 * this guards the space between accounts. In memory: a restart forgives, which is acceptable for a
 * second line of defence.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly maxFailures = 20,
    readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Seconds until this address may try again, or 0 if it may try now. */
  retryAfterSeconds(address: string, now: number): number {
    const recent = this.recent(address, now);
    if (recent.length < this.maxFailures) return 0;
    const oldest = recent[recent.length - this.maxFailures] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  recordFailure(address: string, now: number): void {
    const recent = this.recent(address, now);
    recent.push(now);
    this.failures.set(address, recent);
    if (this.failures.size > 10_000) this.prune(now);
  }

  private recent(address: string, now: number): number[] {
    return (this.failures.get(address) ?? []).filter((time) => time > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [address, times] of this.failures) {
      if (times.every((time) => time <= now - this.windowMs)) this.failures.delete(address);
    }
  }
}
