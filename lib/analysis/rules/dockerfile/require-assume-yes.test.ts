import { testRule } from "../../testing/rule-tester";
import rule from "./require-assume-yes";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
    "FROM debian:12-slim\nRUN apt-get -y install curl && apt-get --yes remove git && apt-get --assume-yes purge vim\n",
    // Quiet level 2 implies yes, however it is written.
    "FROM debian:12-slim\nRUN apt-get -qq install curl && apt-get -q -q install git && apt-get -q=2 install vim && apt-get --quiet --quiet install make\n",
    "FROM debian:12-slim\nRUN apt-get -qqy install curl && apt-get -o APT::Get::Assume-Yes=true install git\n",
    // Answers piped or redirected in.
    "FROM debian:12-slim\nRUN yes | apt-get install curl\n",
    "FROM debian:12-slim\nRUN apt-get install curl <<< y\n",
    // Subcommands that never prompt, mentions that are not commands.
    "FROM debian:12-slim\nRUN apt-get update && apt-get download curl && echo apt-get install curl\n",
    "FROM debian:12-slim\nRUN apt-get update && apt-cache show install\n",
    // apt configured to assume yes by an earlier RUN, here in a parent stage.
    "FROM debian:12-slim AS base\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nFROM base\nRUN apt-get install curl\n",
    // A simulation never asks.
    "FROM debian:12-slim\nRUN if apt-get install -s \"postgresql-16-jit\" > /dev/null 2>&1; then echo yes; fi\n",
    "FROM opensuse/leap:15\nRUN zypper install --dry-run git\n",
    "FROM fedora:40\nRUN dnf install -y git && dnf --assumeyes remove vim && yum -y groupinstall 'Development Tools'\n",
    "FROM fedora:40\nRUN dnf --setopt=assumeyes=True install git && dnf group list\n",
    "FROM rockylinux:9\nRUN dnf group install -y 'Development Tools'\n",
    // microdnf never asks.
    "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install git\n",
    "FROM opensuse/leap:15\nRUN zypper -n install git && zypper --non-interactive rm vim && zypper in -y curl && zypper install --no-confirm make\n",
    "FROM opensuse/leap:15\nRUN zypper refresh && zypper search git\n",
    'FROM debian:12-slim\nRUN ["apt-get", "install", "-y", "curl"]\n',
    // Options hidden in a variable may include -y: silent.
    "FROM debian:12-slim\nARG APT_OPTS\nRUN apt-get install $APT_OPTS curl && apt-get install \"$@\"\n",
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl\n",
      ranges: ["2:23-2:67"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      applicability: "safe",
      messageIncludes: "`apt-get install` runs without `-y`",
    },
    // A single -q is not enough; `DEBIAN_FRONTEND` does not answer apt's prompt.
    {
      code: "FROM debian:12-slim\nRUN DEBIAN_FRONTEND=noninteractive apt-get -q install curl\n",
      ranges: ["2:5-2:59"],
      output: "FROM debian:12-slim\nRUN DEBIAN_FRONTEND=noninteractive apt-get -q install -y curl\n",
    },
    // A variable inside a package name cannot be an option.
    {
      code: "FROM debian:12-slim\nARG PHP\nRUN apt-get install php${PHP}-cli\n",
      ranges: ["3:5-3:34"],
      output: "FROM debian:12-slim\nARG PHP\nRUN apt-get install -y php${PHP}-cli\n",
    },
    { code: "FROM debian:12-slim\nRUN apt-get purge vim < /dev/null\n", ranges: ["2:5-2:34"], output: "FROM debian:12-slim\nRUN apt-get purge -y vim < /dev/null\n" },
    // Removing always asks.
    {
      code: "FROM ubuntu:24.04\nRUN apt remove vim\n",
      ranges: ["2:5-2:19"],
      output: "FROM ubuntu:24.04\nRUN apt remove -y vim\n",
      messageIncludes: "`apt remove`",
    },
    // xargs gives the command no input to answer with.
    {
      code: "FROM debian:12-slim\nRUN cat packages.txt | xargs apt-get install\n",
      ranges: ["2:24-2:45"],
      output: "FROM debian:12-slim\nRUN cat packages.txt | xargs apt-get install -y\n",
    },
    // Inside `sh -c` and heredocs too.
    {
      code: "FROM debian:12-slim\nRUN sh -c 'apt-get update && apt-get install curl'\n",
      ranges: ["2:30-2:50"],
      output: "FROM debian:12-slim\nRUN sh -c 'apt-get update && apt-get install -y curl'\n",
    },
    {
      code: "FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install \\\n  curl\nEOF\n",
      ranges: ["4:1-5:7"],
      output: "FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y \\\n  curl\nEOF\n",
    },
    {
      code: "FROM centos:7\nRUN yum install httpd && yum localinstall ./x.rpm\n",
      ranges: ["2:5-2:22", "2:26-2:50"],
      output: "FROM centos:7\nRUN yum install -y httpd && yum localinstall -y ./x.rpm\n",
      messageIncludes: "-y",
    },
    {
      code: "FROM fedora:40\nRUN dnf group install 'Development Tools'\n",
      ranges: ["2:5-2:42"],
      output: "FROM fedora:40\nRUN dnf group install -y 'Development Tools'\n",
      messageIncludes: "`dnf group install`",
    },
    // zypper's -n is a global option: it goes before the subcommand.
    {
      code: "FROM opensuse/leap:15\nRUN zypper --quiet in git && zypper source-install vim\n",
      ranges: ["2:5-2:26", "2:30-2:55"],
      output: "FROM opensuse/leap:15\nRUN zypper --quiet -n in git && zypper -n source-install vim\n",
      messageIncludes: "`-n`",
    },
    // Exec form: flagged, but no text can be inserted into a JSON string safely here.
    { code: 'FROM debian:12-slim\nRUN ["apt-get", "install", "curl"]\n', ranges: ["2:6-2:34"] },
  ],
});
