import { testRule } from "../../testing/rule-tester";
import rule from "./use-wget-progress";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN wget --progress=dot:giga https://x/a && wget -q https://x/b && wget -nv https://x/c && wget -qO- https://x/d | tar -xz\n",
    // BusyBox wget: no dots, no --progress option.
    "FROM alpine:3.20\nRUN wget https://x/a.tar.gz\n",
    "FROM busybox:1.37\nRUN wget -O- https://x/a.tar.gz | tar xz\n",
    "FROM debian:12-slim\nRUN echo wget https://x/a\n",
  ],
  invalid: [
    // Exec form: the option is a JSON string of its own.
    {
      code: "FROM debian:12\nRUN [\"wget\", \"https://x/a.tar.gz\"]\n",
      ranges: ["2:6-2:12"],
      output: "FROM debian:12\nRUN [\"wget\", \"--progress=dot:giga\", \"https://x/a.tar.gz\"]\n",
    },
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y wget && wget https://x/a.tar.gz\n",
      ranges: ["2:50-2:54"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y wget && wget --progress=dot:giga https://x/a.tar.gz\n",
      applicability: "safe",
    },
    // GNU wget installed on Alpine: its dots are back.
    {
      code: "FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN sudo wget -O /tmp/a https://x/a\n",
      ranges: ["3:10-3:14"],
      output: "FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN sudo wget --progress=dot:giga -O /tmp/a https://x/a\n",
    },
    // An unknown base image may carry BusyBox: reported, but the option is not inserted blindly.
    { code: "FROM registry.example.com/base:1\nRUN wget https://x/a\n", ranges: ["2:5-2:9"] },
  ],
});
