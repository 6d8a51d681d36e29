import { testRule } from "../../testing/rule-tester";
import rule from "./no-undefined-variable";

testRule(rule, {
  valid: [
    "ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nARG VERSION\nCOPY build/app-${VERSION}.jar /app.jar\n",
    // Unknown names may come from the base image.
    "FROM eclipse-temurin:21-jre\nENV PATH=$JAVA_HOME/bin:$PATH\nWORKDIR $HOME\n",
    // CMD runs with the container's environment (`docker run -e V=…`); defaults make a variable safe; a RUN's script
    // may set the name itself; exec-form RUN expands nothing.
    "ARG V=1\nFROM alpine:3.20\nCMD echo $V\nLABEL v=${V:-none}\n",
    "ARG V=1\nFROM alpine:3.20\nRUN for V in a b; do echo $V; done && V=2 sh -c 'echo $V'\nRUN [\"echo\", \"$V\"]\n",
    // In a RUN, a name that is no global ARG may come from the base image or the shell.
    "FROM alpine:3.20\nRUN echo $HOME $APP_HOEM\n",
    "FROM node:22-slim AS base\nENV APP_HOME=/app\nFROM base\nWORKDIR $APP_HOME\n",
    // node images define NODE_VERSION themselves.
    "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\nLABEL node=$NODE_VERSION\n",
    "FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/app-${TARGETARCH} /app\nLABEL a='$NOT_EXPANDED'\n",
  ],
  invalid: [
    {
      code: "ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nCOPY build/app-${VERSION}.jar /app.jar\nLABEL version=$VERSION\n",
      ranges: ["3:16-3:26", "4:15-4:23"],
      output: "ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nARG VERSION\nCOPY build/app-${VERSION}.jar /app.jar\nLABEL version=$VERSION\n",
      applicability: "unsafe",
      messageIncludes: "global ARG",
    },
    { code: "FROM alpine:3.20\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOEM\n", ranges: ["3:9-3:18"], messageIncludes: "Did you mean `APP_HOME`?" },
    // A RUN gets the stage's ARGs as environment variables, and a global ARG is none of them: the download URL is cut.
    {
      code: "ARG VERSION=1.0\nFROM alpine:3.20\nRUN wget -q https://example.com/tool-${VERSION}.tar.gz\n",
      ranges: ["3:38-3:48"],
      output: "ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nRUN wget -q https://example.com/tool-${VERSION}.tar.gz\n",
      messageIncludes: "in this `RUN` it is empty",
    },
    // A stage sees what the stages it builds on set, not what a sibling built on the same stage set (`ONE` is not
    // in scope in `two`, so `$ONF` is no typo of it there).
    {
      code: "FROM alpine:3.20 AS base\nENV APP_HOME=/app\nFROM base AS one\nENV ONE=1\nWORKDIR $APP_HOEM\nFROM base AS two\nWORKDIR /x/$ONF\nFROM two\nWORKDIR $APP_HOEM\n",
      ranges: ["5:9-5:18", "9:9-9:18"],
      messageIncludes: "Did you mean `APP_HOME`?",
    },
  ],
});
