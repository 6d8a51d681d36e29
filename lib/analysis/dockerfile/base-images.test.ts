import { describe, expect, it } from "vitest";
import { imageTraits } from "./base-images";

describe("imageTraits", () => {
  it.each([
    ["alpine:3.20", "alpine", false],
    ["node:22-alpine3.20", "alpine", false],
    ["docker.io/library/python:3.12-slim", "debian", false],
    ["node:22", "buildpack", true],
    ["gcr.io/distroless/static-debian12:nonroot", "distroless", false],
    ["scratch", "scratch", false],
  ])("knows %s", (reference, family, curl) => {
    expect(imageTraits(reference)).toMatchObject({ family, curl });
  });
  it("admits what it does not know", () => {
    expect(imageTraits("nginx:1.27-alpine")).toEqual({ family: "unknown", shell: undefined, bash: undefined, curl: undefined, wget: undefined });
  });
});
