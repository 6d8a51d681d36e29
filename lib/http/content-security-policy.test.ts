import { expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

it("allows scripts only with the nonce, and eval only in development", () => {
  const production = contentSecurityPolicy("abc");
  expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
  expect(production).not.toContain("unsafe-eval");
  expect(production).toContain("frame-ancestors 'none'");
  expect(production).toContain("object-src 'none'");
  expect(contentSecurityPolicy("abc", { development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
});
