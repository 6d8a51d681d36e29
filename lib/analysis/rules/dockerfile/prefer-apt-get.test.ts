import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-apt-get";

testRule(rule, {
  valid: [
    "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && apt-cache policy curl\n",
    // Mentions, package names and other programs that start with apt.
    "FROM ubuntu:24.04\nRUN echo apt install && apt-get install -y apt apt-transport-https && apt-mark hold curl\n",
    'FROM ubuntu:24.04\nRUN ["apt-get", "install", "-y", "curl"]\n',
  ],
  invalid: [
    {
      code: "FROM ubuntu:24.04\nRUN apt update && apt install -y curl\n",
      ranges: ["2:5-2:8", "2:19-2:22"],
      output: "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n",
      applicability: "safe",
      messageIncludes: "apt-get",
    },
    {
      code: "FROM ubuntu:24.04\nRUN apt show curl\n",
      ranges: ["2:5-2:8"],
      output: "FROM ubuntu:24.04\nRUN apt-cache show curl\n",
      messageIncludes: "`apt-cache show`",
    },
    // `apt upgrade` may install new packages where `apt-get upgrade` does not.
    { code: "FROM ubuntu:24.04\nRUN apt upgrade -y\n", ranges: ["2:5-2:8"], output: "FROM ubuntu:24.04\nRUN apt-get upgrade -y\n", applicability: "unsafe" },
    // No stable equivalent with the same name: no fix.
    { code: "FROM ubuntu:24.04\nRUN apt list --installed\n", ranges: ["2:5-2:8"], messageIncludes: "`apt list`" },
    { code: "FROM ubuntu:24.04\nRUN sudo /usr/bin/apt install -y curl\n", ranges: ["2:10-2:22"] },
    {
      code: "FROM ubuntu:24.04\nRUN bash -c 'apt install -y curl'\n",
      ranges: ["2:14-2:17"],
      output: "FROM ubuntu:24.04\nRUN bash -c 'apt-get install -y curl'\n",
    },
    { code: 'FROM ubuntu:24.04\nRUN ["apt", "install", "-y", "curl"]\n', ranges: ["2:6-2:11"] },
    {
      code: "FROM ubuntu:24.04\nRUN <<EOF\napt update\nEOF\n",
      ranges: ["3:1-3:4"],
      output: "FROM ubuntu:24.04\nRUN <<EOF\napt-get update\nEOF\n",
    },
  ],
});
