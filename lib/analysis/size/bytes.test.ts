import { describe, expect, it } from "vitest";
import { formatBytes, formatRange } from "./bytes";

describe("formatBytes", () => {
  it("uses decimal units, with one decimal below ten of a unit", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(840_000)).toBe("840 kB");
    expect(formatBytes(3_240_000)).toBe("3.2 MB");
    expect(formatBytes(412_400_000)).toBe("412 MB");
    expect(formatBytes(1_240_000_000)).toBe("1.2 GB");
  });

  it("leaves out a decimal that is zero", () => {
    expect(formatBytes(5_000_000)).toBe("5 MB");
    expect(formatBytes(1_000_000_000)).toBe("1 GB");
    expect(formatBytes(9_960_000)).toBe("10 MB");
  });

  it("keeps the sign of a change", () => {
    expect(formatBytes(-2_500_000)).toBe("-2.5 MB");
  });
});

describe("formatRange", () => {
  it("names the unit once when both ends share it", () => {
    expect(formatRange({ estimate: 150_000_000, low: 30_000_000, high: 600_000_000 })).toBe("150 MB (30–600 MB)");
    expect(formatRange({ estimate: 8_000_000, low: 200_000, high: 200_000_000 })).toBe("8 MB (200 kB–200 MB)");
  });
});
