import { testRule } from "../../testing/rule-tester";
import rule from "./require-build-arg-value";

testRule(rule, {
  valid: [
    { code: "FROM alpine:3.20\nARG A=1\nARG B\n", files: { "compose.yaml": "services:\n  x:\n    build:\n      context: .\n      args: [B=2]\n" } },
    // BuildKit sets the platform arguments; the proxies are meant to be empty unless given.
    { code: "FROM --platform=$BUILDPLATFORM golang:1.23\nARG TARGETARCH\nARG BUILDPLATFORM\nARG HTTP_PROXY\n", files: { "compose.yaml": "services:\n  x:\n    build: .\n" } },
    // No compose service builds it: the arguments may come from the command line.
    "FROM alpine:3.20\nARG B\n",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nARG VERSION\nARG EMPTY=\n", files: { "compose.yaml": "services:\n  x:\n    build: .\n" }, ranges: ["2:5-2:12"], messageIncludes: "`x` does not pass it" },
  ],
});
