import { testRule } from "../../testing/rule-tester";
import rule from "./no-unverified-packages";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --allow-downgrades curl\n",
    // Mentioned, not run; a package whose name looks like a flag's value.
    "FROM debian:12-slim\nRUN echo 'never use --force-yes' && apt-cache show nogpgcheck\n",
    // Indexing packages built in this build is not installing unsigned ones.
    "FROM alpine:3.20\nRUN apk index --allow-untrusted -o /pkgs/APKINDEX.tar.gz /pkgs/*.apk\n",
    "FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=False --setopt=gpgcheck=1 curl && rpm -ivh --nodeps x.rpm\n",
    // A value from a variable is not guessed.
    "FROM fedora:40\nARG CHECK=1\nRUN dnf install -y --setopt=gpgcheck=$CHECK curl\n",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/tool.apk\n", ranges: ["2:24-2:41"], messageIncludes: "`apk add --allow-untrusted`" },
    {
      code: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --force-yes --allow-unauthenticated curl\n",
      ranges: ["3:24-3:35", "3:36-3:59"],
      messageIncludes: "apt-get install --",
    },
    { code: "FROM debian:12-slim\nRUN apt-get -o APT::Get::AllowUnauthenticated=true install -y curl\n", ranges: ["2:13-2:51"] },
    {
      code: "FROM centos:7\nRUN yum install -y --nogpgcheck epel-release && dnf --setopt=gpgcheck=0 install -y x \\\n && microdnf --nogpgcheck install x && tdnf install -y --nogpgcheck x\n",
      ranges: ["2:20-2:32", "2:53-2:72", "3:14-3:26", "3:56-3:68"],
      messageIncludes: "signature",
    },
    { code: "FROM fedora:40\nRUN rpm -Uvh --nosignature --nodigest /tmp/x.rpm\n", ranges: ["2:14-2:27", "2:28-2:38"], messageIncludes: "`rpm --no" },
    { code: "FROM opensuse/leap:15.6\nRUN zypper --no-gpg-checks install -y curl\n", ranges: ["2:12-2:27"] },
    // Through sudo, sh -c and heredocs.
    {
      code: "FROM debian:12-slim\nRUN sudo sh -c 'apt-get install -y --allow-unauthenticated curl'\nRUN <<EOF\napk add --allow-untrusted x\nEOF\n",
      ranges: ["2:36-2:59", "4:9-4:26"],
    },
  ],
});
