import { testRule } from "../../testing/rule-tester";
import rule from "./no-curl-pipe-shell";

testRule(rule, {
  valid: [
    // Saved to a file, then run: the file can be checked.
    "FROM debian:12-slim\nRUN curl -fsSLo /tmp/i.sh https://x/i.sh && echo 'abc  /tmp/i.sh' | sha256sum -c && sh /tmp/i.sh\n",
    // Piped into something that is not an interpreter, or an interpreter given its own script.
    "FROM debian:12-slim\nRUN curl -fsSL https://x/a.tar.gz | tar -xz && curl -s https://x/a.json | python3 -c 'import json,sys; json.load(sys.stdin)'\n",
    // `-o file` and plain `wget` write to a file: nothing reaches the pipe.
    "FROM debian:12-slim\nRUN curl -fsSL -o /usr/local/bin/tool https://x/tool | bash && wget https://x/i.sh | sh\n",
    // Mentioned, not run.
    "FROM debian:12-slim\nRUN echo 'curl https://x | sh' && printf '%s\\n' \"$(curl -fsSL https://x/version)\"\n",
    "FROM debian:12-slim\nRUN sh -c 'curl -fsSLo /tmp/i.sh https://x/i.sh' && bash /tmp/i.sh\n",
  ],
  invalid: [
    // The guide's trivy install, in its (not shipped) scan stage: still runs unchecked code in the build.
    {
      code: "FROM alpine:3.20 AS security\nRUN apk add --no-cache curl\nRUN curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin\n",
      ranges: ["3:5-3:120"],
      messageIncludes: "`curl … | sh` runs `https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh`",
    },
    { code: "FROM debian:12-slim\nRUN curl -sL https://deb.nodesource.com/setup_20.x | sudo -E bash - \\\n && apt-get install -y nodejs\n", ranges: ["2:5-2:68"] },
    { code: "FROM debian:12-slim\nRUN wget -qO- https://x/i.sh | bash -s -- --yes\n", ranges: ["2:5-2:48"], messageIncludes: "`wget … | bash`" },
    { code: "FROM python:3.12-slim\nRUN curl -sSL https://install.python-poetry.org | python3 -\n", ranges: ["2:5-2:60"], messageIncludes: "python" },
    {
      code: "FROM debian:12-slim\nRUN sh -c \"$(curl -fsSL https://x/i.sh)\" && bash <(wget -O - https://x/j.sh) && eval \"$(curl -fsSL $URL)\"\n",
      ranges: ["2:5-2:41", "2:45-2:77", "2:81-2:106"],
    },
    // The download's own substitution (`$(uname -m)`) does not hide it.
    { code: "FROM debian:12-slim\nRUN curl -fsSL \"https://x/$(uname -m)/i.sh\" | sh\n", ranges: ["2:5-2:49"] },
    { code: "FROM debian:12-slim\nRUN <<EOF\nset -e\ncurl -fsSL https://x/i.sh | sh\nEOF\n", ranges: ["4:1-4:31"] },
  ],
});
