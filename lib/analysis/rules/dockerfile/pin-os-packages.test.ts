import { testRule } from "../../testing/rule-tester";
import rule from "./pin-os-packages";

testRule(rule, {
  valid: [
    // Simulations and downloads install nothing.
    "FROM debian:12-slim\nRUN apt-get install -s curl && apt-get install --download-only git && apt install --print-uris vim\n",
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 git=1:2.39.5-0+deb12u1\n",
    // A release chosen with `-t` or `pkg/release`, local .deb files and paths are deliberate choices.
    "FROM debian:12-slim\nRUN apt-get install -y -t bookworm-backports curl/bookworm-backports ./vendor/tool.deb /tmp/x.deb\n",
    // Packages from a variable or a command substitution are unknown: silent (hadolint #928).
    "FROM debian:12-slim\nARG PACKAGES\nRUN apt-get install -y $PACKAGES \"${EXTRA}\" $(cat /tmp/packages.txt)\n",
    // Mentioned, not run.
    "FROM debian:12-slim\nRUN echo apt-get install curl && apt-cache show curl\n",
    "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing curl=8.9.1-r0 'git>2.40' tzdata~2024 !pyc\n",
    "FROM rockylinux:9\nRUN dnf install -y httpd-2.4.62-1.el9 java-11-openjdk-11.0.25.0.9 nodejs-1:18.20.4 @development-tools /usr/bin/make 'perl(Foo::Bar)' ./local.rpm && dnf module install -y nodejs:18\n",
    "FROM opensuse/leap:15.6\nRUN zypper install -y 'curl>=8.0' git=2.43 && zypper install -y -t pattern devel_basis\n",
    "FROM centos:7\nRUN yum install -y epel-release-7-14 && yum clean all\n",
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.5-0+deb12u1 ca-certificates\n",
      // One finding per command, from the first unpinned package to the last (the pinned one between is inside).
      ranges: ["2:66-2:109"],
      messageIncludes: "2 packages (`curl`, `ca-certificates`)",
    },
    // Through `sh -c`, a heredoc and sudo, with the exact word.
    { code: "FROM ubuntu:24.04\nRUN sh -c 'apt-get install -y jq'\n", ranges: ["2:31-2:33"], messageIncludes: "`jq`" },
    { code: "FROM ubuntu:24.04\nRUN <<EOF\napt-get update\nsudo apt-get install -y \\\n  jq\nEOF\n", ranges: ["5:3-5:5"] },
    { code: "FROM alpine:3.20\nRUN apk add --no-cache curl@edge \"bash\"\n", ranges: ["2:24-2:40"], messageIncludes: "`apk`" },
    { code: "FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN apk add --no-cache git\n", ranges: ["2:24-2:28", "3:24-3:27"], messageIncludes: "Pin it as `" },
    {
      code: "FROM debian:12-slim\nRUN apt-get install -y \\\n    a1 a2 a3 \\\n    a4 a5 a6\n",
      ranges: ["3:5-4:13"],
      messageIncludes: "6 packages (`a1`, `a2`, `a3`, `a4`, `a5` and 1 more)",
    },
    // An rpm name with digits is not a version: `java-11-openjdk` is unpinned, unlike hadolint's "after the first dash" rule.
    { code: "FROM rockylinux:9\nRUN dnf install -y java-11-openjdk python3-devel\n", ranges: ["2:20-2:49"], messageIncludes: "java-11-openjdk-<version>" },
    { code: "FROM centos:7\nRUN yum -y install httpd\n", ranges: ["2:20-2:25"], messageIncludes: "`yum`" },
    { code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y shadow-utils\n", ranges: ["2:25-2:37"] },
    { code: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl\n", ranges: ["2:33-2:37"], messageIncludes: "curl=<version>" },
  ],
});
