import { testRule } from "../../testing/rule-tester";
import rule from "./avoid-package-upgrade";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --only-upgrade openssl\n",
    // Upgrading named packages is a targeted fix.
    "FROM alpine:3.20\nRUN apk upgrade --no-cache openssl\n",
    "FROM fedora:40\nRUN dnf upgrade -y openssl && yum update -y curl\n",
    "FROM opensuse/leap:15\nRUN zypper -n update openssl\n",
    "FROM debian:12-slim\nRUN echo apt-get upgrade && pip install --upgrade pip\n",
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get upgrade -y\n",
      ranges: ["2:23-2:41"],
      messageIncludes: "`apt-get upgrade`",
    },
    { code: "FROM ubuntu:24.04\nRUN apt full-upgrade -y\n", ranges: ["2:5-2:24"], messageIncludes: "`apt full-upgrade`" },
    { code: "FROM alpine:3.20\nRUN apk upgrade --no-cache\n", ranges: ["2:5-2:27"] },
    { code: "FROM alpine:3.20\nRUN sh -c 'apk upgrade'\n", ranges: ["2:12-2:23"] },
    { code: "FROM debian:12-slim\nRUN <<EOF\napt-get dist-upgrade -y\nEOF\n", ranges: ["3:1-3:24"], messageIncludes: "`apt-get dist-upgrade`" },
    { code: "FROM fedora:40\nRUN dnf -y upgrade && microdnf update\n", ranges: ["2:5-2:19", "2:23-2:38"], messageIncludes: "upgrades every package" },
    // dist-upgrade upgrades the whole distribution whatever is named (hadolint DL3035).
    { code: "FROM opensuse/leap:15\nRUN zypper -n dup --from repo-oss\n", ranges: ["2:5-2:34"], messageIncludes: "`zypper dup`" },
  ],
});
