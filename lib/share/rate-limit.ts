/**
 * A token bucket per client: `capacity` requests at once, refilled at `refillPerMinute`. In memory, so each
 * app instance counts on its own (N instances allow N times the rate) and a restart forgets; that is
 * acceptable for abuse damping on one SQLite-backed instance. Several instances behind a load balancer
 * should rate-limit at the proxy (or share a counter in Postgres/Redis).
 */
export interface RateLimit {
  capacity: number;
  refillPerMinute: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    /** Bounds memory under many distinct clients: the least recently used bucket is dropped first. */
    private readonly maxClients = 10_000,
  ) {}

  /** Takes one token for the client; returns 0 when allowed, else the seconds to wait. */
  take(client: string, now = Date.now()): number {
    const { capacity, refillPerMinute } = this.limit;
    const perMs = refillPerMinute / 60_000;
    const previous = this.buckets.get(client);
    const tokens = previous ? Math.min(capacity, previous.tokens + (now - previous.updatedAt) * perMs) : capacity;
    this.buckets.delete(client);
    if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, updatedAt: now });
      return 0;
    }
    this.buckets.set(client, { tokens, updatedAt: now });
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }
}

/** Reads `SHIPSHAPE_SHARE_RATE_LIMIT`: "burst/perMinute" (default 10/10), or "off". */
export function parseRateLimit(value: string | undefined): RateLimit | undefined {
  if (value === "off") return undefined;
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value ?? "");
  if (!match) return { capacity: 10, refillPerMinute: 10 };
  return { capacity: Number(match[1]), refillPerMinute: Number(match[2]) };
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (a proxy appends the
 * address it received from; Next.js sets the header to the socket's address when no proxy did). A client
 * talking to Next.js directly can forge this header, so deploy behind a proxy that sets it.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
