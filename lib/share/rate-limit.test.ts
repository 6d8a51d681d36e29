import { describe, expect, it } from "vitest";
import { clientAddress, parseRateLimit, TokenBuckets } from "./rate-limit";

describe("TokenBuckets", () => {
  it("allows a burst, then one request per refill interval, per client", () => {
    const buckets = new TokenBuckets({ capacity: 3, refillPerMinute: 6 });
    expect([0, 1, 2].map(() => buckets.take("a", 0))).toEqual([0, 0, 0]);
    expect(buckets.take("a", 0)).toBe(10);
    expect(buckets.take("b", 0)).toBe(0);
    expect(buckets.take("a", 9_999)).toBeGreaterThan(0);
    expect(buckets.take("a", 10_000)).toBe(0);
    expect(buckets.take("a", 10_000)).toBe(10);
    expect(buckets.take("a", 1_000_000)).toBe(0);
  });

  it("keeps at most maxClients buckets", () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerMinute: 1 }, 2);
    buckets.take("a", 0);
    buckets.take("b", 0);
    buckets.take("c", 0);
    expect(buckets.take("a", 0)).toBe(0);
  });

  it("reads the limit from the environment", () => {
    expect(parseRateLimit(undefined)).toEqual({ capacity: 10, refillPerMinute: 10 });
    expect(parseRateLimit("100/60")).toEqual({ capacity: 100, refillPerMinute: 60 });
    expect(parseRateLimit("off")).toBeUndefined();
  });

  it("takes the address the nearest proxy saw", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

