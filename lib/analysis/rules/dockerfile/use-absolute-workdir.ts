import { argumentsSpan } from "../../dockerfile/model";
import { rootStage } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

interface Data {
  path: string;
  /** Where the `/` goes. */
  at: number;
  /** Stages built FROM scratch start in `/`, so prefixing `/` keeps the meaning exactly. */
  startsAtRoot: boolean;
}

/** Absolute Unix or Windows paths and paths from a variable (typically `$HOME`) are not relative to an unknown base. */
const ANCHORED = /^["']?(\/|\$|[A-Za-z]:|\\)/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-absolute-workdir",
    aliases: ["DL3000", "WorkdirRelativePath", "DS-0009", "CKV_DOCKER_10", "WORKDIR Path Not Absolute", "workdirPathNotAbsolute"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "`WORKDIR` is relative to a directory the Dockerfile does not set.",
      whatItDoes:
        "Flags a relative `WORKDIR` when no absolute `WORKDIR` was set before it in the stage or the stages it builds " +
        "on. After `WORKDIR /app`, a relative `WORKDIR src` is well defined and accepted.",
      whyItMatters:
        "A relative path is resolved against the base image's working directory, which the base image can change in " +
        "any release; the files then land somewhere else and the container may not start.",
      example: "FROM node:22-slim\nWORKDIR app\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\n",
      fixSafety:
        "Prefixing `/` is safe for stages built `FROM scratch` (they start in `/`); on other bases it is offered as " +
        "unsafe, because the base image may have a working directory of its own.",
      whenNotToUse: "Bases whose working directory is a documented contract you want to follow.",
    },
  },
  check({ model }, report) {
    for (const workdir of model.instructions) {
      const span = workdir.keyword === "WORKDIR" ? argumentsSpan(workdir) : undefined;
      if (!workdir.stage || !span || ANCHORED.test(workdir.args[0]!.raw)) continue;
      // An earlier WORKDIR (here or in a parent stage) that gave an absolute path anchors this one.
      const before = workdir.state.workdir;
      if (before.instruction && (before.value !== undefined || ANCHORED.test(before.instruction.args[0]?.raw ?? ""))) continue;
      report({ range: span.range, data: { path: workdir.argsText, at: span.start, startsAtRoot: rootStage(workdir.stage).base.kind === "scratch" } });
    }
  },
  message: ({ path }) =>
    `\`WORKDIR ${path}\` is resolved against the base image's working directory, which can change with the base image. Use an absolute path such as \`/${path}\`.`,
  fix: ({ at, startsAtRoot }, { model }) => ({
    title: "Make the path absolute",
    applicability: startsAtRoot ? "safe" : "unsafe",
    edits: [{ range: model.rangeOf(at, at), text: "/" }],
  }),
});
