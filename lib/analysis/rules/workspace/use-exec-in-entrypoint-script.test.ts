import { testRule } from "../../testing/rule-tester";
import rule from "./use-exec-in-entrypoint-script";

const DOCKERFILE = "FROM node:22-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\", \"server.js\"]\n";
const script = (body: string) => ({ "docker-entrypoint.sh": `#!/bin/sh\nset -e\n${body}` });

testRule(rule, {
  valid: [
    { code: DOCKERFILE, files: script("exec \"$@\"\n") },
    { code: DOCKERFILE, files: script("if [ \"$1\" = serve ]; then\n  exec node server.js\nfi\nexec \"$@\"\n") },
    // Ends in a compound command, or supervises background jobs.
    { code: DOCKERFILE, files: script("if [ -n \"$DEBUG\" ]; then\n  exec node --inspect server.js\nelse\n  exec node server.js\nfi\n") },
    { code: DOCKERFILE, files: script("node worker.js &\nnode server.js &\nwait\n") },
    // A function of the script: `exec main` would fail.
    { code: DOCKERFILE, files: script("main() {\n  exec node server.js\n}\nmain \"$@\"\n") },
    // Not a shell script; a script the image does not run; the script is not part of the review.
    { code: DOCKERFILE, files: { "docker-entrypoint.sh": "#!/usr/bin/env python3\nmain()\n" } },
    { code: "FROM node:22-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nCMD [\"node\", \"server.js\"]\n", files: script("\"$@\"\n") },
    DOCKERFILE,
  ],
  invalid: [
    {
      code: "#!/bin/sh\nset -e\nnpm run migrate\n\"$@\"\n",
      path: "docker-entrypoint.sh",
      files: { Dockerfile: DOCKERFILE },
      ranges: ["4:1-4:5"],
      output: "#!/bin/sh\nset -e\nnpm run migrate\nexec \"$@\"\n",
      applicability: "unsafe",
      messageIncludes: "starts `\"$@\"` without `exec`",
    },
    // Found through `COPY . .` and the WORKDIR; the command after `&&` is the one to exec.
    {
      code: "#!/usr/bin/env bash\ncd /app && gosu app node server.js\n",
      path: "app/start.sh",
      files: { "app/Dockerfile": "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT [\"./start.sh\"]\n" },
      ranges: ["2:12-2:16"],
      output: "#!/usr/bin/env bash\ncd /app && exec gosu app node server.js\n",
      applicability: "unsafe",
      messageIncludes: "Write `exec gosu …`",
    },
    // Renamed by the COPY, run through `sh`, built by compose from a subdirectory; assignments in front: no fix.
    {
      code: "PORT=8080 python app.py\n",
      path: "api/scripts/run.sh",
      files: {
        "api/Dockerfile": "FROM python:3.12-slim\nCOPY scripts/run.sh /entrypoint\nENTRYPOINT [\"sh\", \"/entrypoint\"]\n",
        "compose.yaml": "services:\n  api:\n    build: ./api\n",
      },
      ranges: ["1:11-1:17"],
      messageIncludes: "run by api/Dockerfile",
    },
  ],
});
