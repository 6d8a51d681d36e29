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
    ["nginx:1.27-alpine", "alpine", undefined],
  ])("knows %s", (reference, family, curl) => {
    expect(imageTraits(reference)).toMatchObject({ family, curl });
  });
  it("knows the OS and bash of official service images, not which tools they add", () => {
    expect(imageTraits("php:8.3-apache")).toEqual({ family: "debian", shell: true, bash: true, curl: undefined, wget: undefined });
    expect(imageTraits("mongo:8")).toMatchObject({ family: "ubuntu", bash: true });
  });
  it("admits what it does not know", () => {
    expect(imageTraits("acme/app:1.27")).toEqual({ family: "unknown", shell: undefined, bash: undefined, curl: undefined, wget: undefined });
  });
});
