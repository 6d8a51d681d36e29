import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-named-stage-reference";

testRule(rule, {
  valid: ["FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n", "FROM alpine:3.20\nCOPY --from=nginx:1.27 /a /a\n"],
  invalid: [
    // `nginx` is an image the file copies from: naming the stage so would shadow it.
    {
      code: "FROM nginx:1.27\nRUN echo built > /built\nFROM alpine:3.20\nCOPY --from=nginx /etc/nginx/nginx.conf /etc/nginx.conf\nCOPY --from=0 /built /built\n",
      ranges: ["5:13-5:14"],
      output: "FROM nginx:1.27 AS nginx-0\nRUN echo built > /built\nFROM alpine:3.20\nCOPY --from=nginx /etc/nginx/nginx.conf /etc/nginx.conf\nCOPY --from=nginx-0 /built /built\n",
    },
    {
      code: "FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=0 /a /a\n",
      ranges: ["3:13-3:14"],
      output: "FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=Build /a /a\n",
      applicability: "safe",
      messageIncludes: "`Build`",
    },
    {
      code: "FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /a /a\n",
      ranges: ["3:13-3:14"],
      messageIncludes: "Name that stage",
      output: "FROM golang:1.23 AS golang\nFROM alpine:3.20\nCOPY --from=golang /a /a\n",
      applicability: "safe",
    },
    // A name already taken gets the stage's number; a lower-case FROM gets a lower-case `as`.
    {
      code: "from --platform=$BUILDPLATFORM docker.io/library/golang:1.23\nfrom alpine:3.20 as golang\ncopy --from=0 /a /a\n",
      ranges: ["3:13-3:14"],
      output: "from --platform=$BUILDPLATFORM docker.io/library/golang:1.23 as golang-0\nfrom alpine:3.20 as golang\ncopy --from=golang-0 /a /a\n",
    },
  ],
});
