import { describe, expect, it } from "vitest";
import { detectKind } from "./files";

describe("detectKind", () => {
  it.each([
    ["Dockerfile", "", "dockerfile"],
    ["api/Dockerfile.prod", "", "dockerfile"],
    ["web.dockerfile", "", "dockerfile"],
    ["Containerfile", "", "dockerfile"],
    [".dockerignore", "", "dockerignore"],
    ["app/Dockerfile.dockerignore", "", "dockerignore"],
    ["compose.yaml", "", "compose"],
    ["docker-compose.prod.yml", "", "compose"],
    ["stack.yml", "services:\n  web: {}\n", "compose"],
    ["values.yaml", "replicas: 2\n", "other"],
    ["build-file", "# syntax=docker/dockerfile:1\nFROM alpine:3.20\n", "dockerfile"],
    ["notes.txt", "hello", "other"],
  ])("%s is %s", (path, content, kind) => {
    expect(detectKind(path, content)).toBe(kind);
  });
});
