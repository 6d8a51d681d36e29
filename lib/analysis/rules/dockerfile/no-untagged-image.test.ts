import { testRule } from "../../testing/rule-tester";
import rule from "./no-untagged-image";

testRule(rule, {
  valid: [
    "FROM python:3.12-slim\n",
    "FROM python@sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
    "FROM scratch\n",
    "FROM SCRATCH\n",
    "FROM golang:1.23 AS build\nFROM build\n",
    "ARG BASE\nFROM ${BASE}\n",
    "ARG BASE=python:3.12\nFROM ${BASE}\n",
    "FROM golang:1.23 AS Build\nFROM build\n",
  ],
  invalid: [
    { code: "FROM python\n", ranges: ["1:6-1:12"], messageIncludes: "python:latest" },
    { code: "FROM localhost:5000/team/app AS x\n", ranges: ["1:6-1:29"] },
    { code: "FROM golang:1.23 AS build\nFROM debian\n", ranges: ["2:6-2:12"] },
    { code: "ARG BASE=python\nFROM ${BASE} AS app\n", ranges: ["2:6-2:13"], messageIncludes: "`python`" },
    // A stage name is only a stage after it is defined: here `app` is an image from Docker Hub.
    { code: "FROM app\nFROM node:22 AS app\n", ranges: ["1:6-1:9"] },
  ],
});
