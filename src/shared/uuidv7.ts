let lastTime = -1;
let counter = 0;

/**
 * UUIDv7: 48 bits of Unix milliseconds, a 12-bit counter, then random bits. Time-ordered ids keep
 * B-tree inserts local and can be made offline on a phone; PostgreSQL 15 has no uuidv7(), so server
 * and web both use this. Within one process ids are strictly increasing, even in one millisecond or
 * when the clock steps back (RFC 9562, method 1).
 */
export function uuidv7(now: number = Date.now()): string {
  let time = Math.floor(now);
  if (time > lastTime) {
    lastTime = time;
    counter = 0;
  } else {
    counter++;
    if (counter > 0xfff) {
      lastTime++;
      counter = 0;
    }
    time = lastTime;
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The millisecond timestamp encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
}
