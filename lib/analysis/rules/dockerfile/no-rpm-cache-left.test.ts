import { testRule } from "../../testing/rule-tester";
import rule from "./no-rpm-cache-left";

testRule(rule, {
  valid: [
    "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
    "FROM centos:7\nRUN yum -y install httpd && yum -y clean all && rm -rf /var/cache/yum\n",
    "FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*\n",
    // The family shares its cache: dnf may clean after yum.
    "FROM rockylinux:9\nRUN yum install -y httpd && dnf clean all\n",
    "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y git && microdnf clean all\n",
    "FROM opensuse/leap:15\nRUN zypper -n in git && zypper cc -a\n",
    "FROM opensuse/leap:15\nRUN zypper -n refresh && zypper -n install git && zypper clean\n",
    "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n",
    "FROM opensuse/leap:15\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in git\n",
    // Builder stages never ship; queries fill nothing.
    "FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM scratch\nCOPY --from=build /out /out\n",
    "FROM fedora:40\nRUN dnf list installed && rpm -qa && echo dnf install x\n",
    "FROM fedora:40\nRUN sh -c 'dnf install -y git && dnf clean all'\n",
    "FROM fedora:40\nRUN <<EOF\ndnf install -y git\ndnf clean all\nEOF\n",
  ],
  invalid: [
    {
      code: "FROM fedora:40\nRUN dnf install -y httpd\n",
      ranges: ["2:5-2:25"],
      output: "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
      applicability: "safe",
      messageIncludes: "`/var/cache/dnf`",
    },
    // Cleaning before the install, or only part of the cache, does not count.
    {
      code: "FROM centos:7\nRUN yum clean all && yum install -y httpd && yum clean packages\n",
      ranges: ["2:22-2:42"],
      output: "FROM centos:7\nRUN yum clean all && yum install -y httpd && yum clean packages && yum clean all\n",
      messageIncludes: "`yum install`",
    },
    // One finding per RUN, at the last install the cleanup has to follow.
    {
      code: "FROM fedora:40\nRUN dnf makecache && dnf install -y httpd \\\n && dnf install -y git\n",
      ranges: ["3:5-3:23"],
      output: "FROM fedora:40\nRUN dnf makecache && dnf install -y httpd \\\n && dnf install -y git && dnf clean all\n",
    },
    {
      code: "FROM opensuse/leap:15\nRUN zypper --non-interactive in git\n",
      ranges: ["2:5-2:36"],
      output: "FROM opensuse/leap:15\nRUN zypper --non-interactive in git && zypper clean --all\n",
      messageIncludes: "`zypper in`",
    },
    {
      code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y git # tools\n",
      ranges: ["2:5-2:28"],
      messageIncludes: "&& microdnf clean all",
    },
    // Read inside `sh -c` (the cleanup is appended after it) and heredocs (no fix: the RUN line is not the script).
    { code: "FROM fedora:40\nRUN sh -c 'dnf install -y git'\n", ranges: ["2:12-2:30"], output: "FROM fedora:40\nRUN sh -c 'dnf install -y git' && dnf clean all\n" },
    { code: "FROM fedora:40\nRUN <<EOF\ndnf install -y git\nEOF\n", ranges: ["3:1-3:19"] },
    // An unrelated rm is not the cleanup.
    {
      code: "FROM fedora:40\nRUN dnf install -y git && rm -rf /tmp/*\n",
      ranges: ["2:5-2:23"],
      output: "FROM fedora:40\nRUN dnf install -y git && rm -rf /tmp/* && dnf clean all\n",
    },
  ],
});
