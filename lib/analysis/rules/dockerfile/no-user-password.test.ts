import { testRule } from "../../testing/rule-tester";
import rule from "./no-user-password";

testRule(rule, {
  valid: [
    // Locking an account, creating one without a password, and mentioning chpasswd are fine.
    "FROM ubuntu:24.04\nRUN useradd -m -u 10001 app && passwd -l root && usermod -aG sudo app && echo 'no chpasswd here'\n",
    "FROM alpine:3.20\nRUN adduser -D -u 10001 app\n",
    "FROM debian:12-slim AS test\nRUN echo 'root:root' | chpasswd\nFROM debian:12-slim\nUSER 10001\n",
    // `*` and `!` lock the account: no password can match.
    "FROM debian:12-slim\nRUN useradd -m -u 10001 app && usermod -p '*' app -s /bin/bash && usermod --password '!' root\n",
  ],
  invalid: [
    { code: "FROM ubuntu:24.04\nRUN useradd -m app && echo 'app:app123' | chpasswd\n", ranges: ["2:43-2:51"], messageIncludes: "`app`" },
    { code: "FROM alpine:3.20\nRUN echo \"root:${ROOT_PASSWORD}\" | sudo chpasswd -e\n", ranges: ["2:41-2:49"], messageIncludes: "an account" },
    { code: "FROM alpine:3.20\nRUN passwd -d root\n", ranges: ["2:12-2:14"], messageIncludes: "removes the password of `root`" },
    {
      code: "FROM centos:7\nRUN echo s3cret | passwd --stdin app && usermod -p '$6$x$y' ops && useradd --password \"$HASH\" bob\n",
      ranges: ["2:26-2:33", "2:49-2:60", "2:76-2:94"],
    },
    { code: "FROM debian:12-slim\nRUN <<EOF\nuseradd -m app\necho app:pw | chpasswd\nEOF\n", ranges: ["4:15-4:23"] },
  ],
});
