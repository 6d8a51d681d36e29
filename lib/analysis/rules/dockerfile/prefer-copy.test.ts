import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-copy";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nCOPY app.py /srv/\n",
    "FROM alpine:3.20\nADD rootfs.tar.gz /\n",
    "FROM alpine:3.20\nADD https://example.com/tool.tgz /opt/\n",
    "FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/a /a\n",
    "FROM alpine:3.20\nADD git@github.com:acme/repo.git /src\n",
    "FROM alpine:3.20\nADD $ARCHIVE /opt/\n",
  ],
  invalid: [
    // A glob may match an archive, which ADD unpacks and COPY would not: unsafe.
    { code: "FROM alpine:3.20\nADD vendor/* /opt/vendor/\n", ranges: ["2:1-2:4"], output: "FROM alpine:3.20\nCOPY vendor/* /opt/vendor/\n", applicability: "unsafe" },
    { code: "FROM alpine:3.20\nADD app.py /srv/app.py\n", ranges: ["2:1-2:4"], output: "FROM alpine:3.20\nCOPY app.py /srv/app.py\n", applicability: "safe" },
    // A folder, a zip-based archive (ADD unpacks tar only): safe. A file whose name says nothing may be a tar: unsafe.
    { code: "FROM alpine:3.20\nADD src/ lib/app.jar /srv/\n", ranges: ["2:1-2:4"], output: "FROM alpine:3.20\nCOPY src/ lib/app.jar /srv/\n", applicability: "safe" },
    { code: "FROM alpine:3.20\nADD rootfs.img /\n", ranges: ["2:1-2:4"], output: "FROM alpine:3.20\nCOPY rootfs.img /\n", applicability: "unsafe" },
    { code: "FROM alpine:3.20\nadd --chown=1000:1000 . /app\n", ranges: ["2:1-2:4"], output: "FROM alpine:3.20\nCOPY --chown=1000:1000 . /app\n" },
    { code: 'FROM alpine:3.20\nADD ["a b.txt", "/dst/"]\n', ranges: ["2:1-2:4"], output: 'FROM alpine:3.20\nCOPY ["a b.txt", "/dst/"]\n' },
  ],
});
