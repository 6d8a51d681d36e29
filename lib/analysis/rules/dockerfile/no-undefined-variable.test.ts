import { testRule } from "../../testing/rule-tester";
import rule from "./no-undefined-variable";

testRule(rule, {
  valid: [
    "ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nARG VERSION\nCOPY build/app-${VERSION}.jar /app.jar\n",
    // Unknown names may come from the base image.
    "FROM eclipse-temurin:21-jre\nENV PATH=$JAVA_HOME/bin:$PATH\nWORKDIR $HOME\n",
    // The shell expands RUN and CMD at run time; defaults make a variable safe.
    "ARG V=1\nFROM alpine:3.20\nRUN echo $V\nCMD echo $V\nLABEL v=${V:-none}\n",
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
    // A stage sees what the stages it builds on set, not what a sibling built on the same stage set (`ONE` is not
    // in scope in `two`, so `$ONF` is no typo of it there).
    {
      code: "FROM alpine:3.20 AS base\nENV APP_HOME=/app\nFROM base AS one\nENV ONE=1\nWORKDIR $APP_HOEM\nFROM base AS two\nWORKDIR /x/$ONF\nFROM two\nWORKDIR $APP_HOEM\n",
      ranges: ["5:9-5:18", "9:9-9:18"],
      messageIncludes: "Did you mean `APP_HOME`?",
    },
  ],
});
