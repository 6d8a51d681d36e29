import { testRule } from "../../testing/rule-tester";
import rule from "./require-trusted-registry";

testRule(rule, {
  settings: { trustedRegistries: ["registry.example.com", "*.gcr.io", "registry.*", "docker.io"] },
  valid: [
    "FROM registry.example.com/base/node:22\nFROM eu.gcr.io/distroless/static:nonroot\nFROM registry.internal/x:1\nFROM node:22 AS build\nFROM build\nCOPY --from=build /a /a\n",
    "ARG REGISTRY=registry.example.com\nFROM ${REGISTRY}/node:22\nFROM scratch\n",
    "FROM $UNKNOWN/node:22\n",
  ],
  invalid: [
    {
      code: "FROM quay.io/acme/api:1\nCOPY --from=ghcr.io/other/tool:1 /tool /tool\nRUN --mount=type=bind,from=localhost:5000/x:1,target=/x true\n",
      ranges: ["1:6-1:24", "2:13-2:33", "3:28-3:46"],
      messageIncludes: "not among the trusted registries",
    },
    { code: "ARG BASE=quay.io/acme/api:1\nFROM $BASE\n", ranges: ["2:6-2:11"], messageIncludes: "`quay.io/acme/api:1` comes from `quay.io`" },
  ],
});
