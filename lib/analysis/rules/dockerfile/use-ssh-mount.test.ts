import { testRule } from "../../testing/rule-tester";
import rule from "./use-ssh-mount";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN --mount=type=ssh git clone git@github.com:example/private.git /src\n",
    "FROM alpine:3.20\nRUN --mount=type=secret,id=deploy_key,target=/root/.ssh/id_ed25519 git clone git@github.com:example/private.git\n",
    // HTTPS, a remote only recorded, an e-mail address, and an echo are not SSH fetches.
    "FROM alpine:3.20\nRUN git clone https://github.com/example/public.git && git remote add up git@github.com:example/public.git \\\n && git config user.email dev@example.com && echo git clone git@github.com:x/y\n",
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN apk add --no-cache git && git clone --depth 1 git@github.com:example/private.git /src\n",
      ranges: ["2:51-2:85"],
      messageIncludes: "`git clone git@github.com:example/private.git`",
      output: "FROM alpine:3.20\nRUN --mount=type=ssh apk add --no-cache git && git clone --depth 1 git@github.com:example/private.git /src\n",
      applicability: "unsafe",
    },
    {
      code: "FROM python:3.12-slim\nRUN pip install --no-cache-dir git+ssh://git@github.com/example/lib.git@v1.2.0\n",
      ranges: ["2:32-2:79"],
      output: "FROM python:3.12-slim\nRUN --mount=type=ssh pip install --no-cache-dir git+ssh://git@github.com/example/lib.git@v1.2.0\n",
    },
    {
      code: "FROM golang:1.23 AS build\nRUN go get git@github.com:example/private\nFROM scratch\nCOPY --from=build /go/bin /bin\n",
      ranges: ["2:12-2:42"],
      messageIncludes: "not shipped",
      output: "FROM golang:1.23 AS build\nRUN --mount=type=ssh go get git@github.com:example/private\nFROM scratch\nCOPY --from=build /go/bin /bin\n",
    },
    // One finding per RUN (the fix is per RUN); a cache mount is not an SSH agent.
    {
      code: "FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod sh -c 'git clone ssh://git@git.example.com/a.git && git clone ssh://git@git.example.com/b.git'\n",
      ranges: ["2:60-2:91"],
      output: "FROM golang:1.23\nRUN --mount=type=ssh --mount=type=cache,target=/go/pkg/mod sh -c 'git clone ssh://git@git.example.com/a.git && git clone ssh://git@git.example.com/b.git'\n",
    },
  ],
});
