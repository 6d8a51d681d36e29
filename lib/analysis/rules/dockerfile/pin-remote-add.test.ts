import { testRule } from "../../testing/rule-tester";
import rule from "./pin-remote-add";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/tool.tgz /opt/\n",
    "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\n",
    "FROM alpine:3.20\nADD rootfs.tar.gz /\n",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nADD https://example.com/tool.tgz /opt/\n", ranges: ["2:5-2:33"], messageIncludes: "`https://example.com/tool.tgz`" },
    {
      code: "FROM alpine:3.20 AS fetch\nADD http://example.com/a http://example.com/b /d/\nFROM alpine:3.20\n",
      ranges: ["2:5-2:25", "2:26-2:46"],
      messageIncludes: "which is not shipped",
    },
  ],
});
