import { describe, expect, it } from "vitest";
import { expand, Frame } from "./variables";

const scope = new Frame(new Frame(undefined, "VERSION", "3.13.1rc2", "env"), "ARCH", "linux-amd64", "env");

describe("expand", () => {
  it("removes shell patterns only when asked (RUN words), and stays unknown otherwise", () => {
    const shell = { shellPatterns: true };
    expect(expand("${VERSION%%[a-z]*}", scope, "\\", shell)).toBe("3.13.1");
    expect(expand("${VERSION%.*}", scope, "\\", shell)).toBe("3.13");
    expect(expand("${VERSION%%.*}", scope, "\\", shell)).toBe("3");
    expect(expand("${ARCH#*-}", scope, "\\", shell)).toBe("amd64");
    expect(expand("${ARCH##*[-]}", scope, "\\", shell)).toBe("amd64");
    expect(expand("${ARCH#x}", scope, "\\", shell)).toBe("linux-amd64");
    expect(expand("${VERSION%%[a-z]*}", scope)).toBeUndefined();
    expect(expand("${MISSING%%x}", scope, "\\", shell)).toBeUndefined();
  });
});
