import { flatMapped } from "../../arrays";
import { defineDockerfileRule } from "../types";
import { hasBuilderStage, isToolImage, listNames, shippedStages, toolchainUses } from "./toolchain";

interface Data {
  packages: string[];
  builds: string[];
  base: string | undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-multi-stage-build",
    aliases: ["prefer-multi-stage-build"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "A single-stage image builds its software and ships the toolchain with it.",
      whatItDoes:
        "In a Dockerfile without a builder stage, flags the first sign that the image builds software: a compiler or " +
        "build-system package installed for good (`gcc`, `build-essential`, `golang`, `maven`, a JDK…) or a build command " +
        "(`go build`, `cargo build`, `npm run build`, `mvn package`, `gradle build`, `dotnet publish`). A `RUN` that " +
        "uninstalls its build packages again (`apt-get purge`, `apk del`) is not counted, nor is an image that declares no " +
        "`CMD`, `ENTRYPOINT`, `EXPOSE` or `HEALTHCHECK` (a base or toolchain image, where the tools are the point).",
      whyItMatters:
        "Everything the build needed ships: compilers, SDKs, headers, development dependencies, caches and sources. " +
        "The image is often several times larger than the program, slower to pull, and every one of those tools is " +
        "attack surface and a source of vulnerability reports. A multi-stage build compiles in one stage and copies only " +
        "the result into a small runtime stage.",
      example: "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /usr/local/bin/app .\nCMD [\"app\"]\n",
      useInstead:
        "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\n" +
        "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nCMD [\"/app\"]\n",
      fixSafety: "No fix: splitting a build into stages means deciding which files the runtime needs.",
      whenNotToUse:
        "Images that are meant to hold a toolchain: CI runners, development containers, base images for other builds.",
    },
  },
  check(context, report) {
    const { model } = context;
    if (hasBuilderStage(model)) return;
    const stages = shippedStages(model);
    if (isToolImage(stages)) return;
    const uses = flatMapped(stages, (stage) => toolchainUses(context, stage));
    const first = uses[0];
    if (!first) return;
    const root = stages[0]?.base;
    report({
      range: first.word.range,
      data: {
        packages: uses.filter((use) => use.kind === "package").map((use) => use.name),
        builds: uses.filter((use) => use.kind === "build").map((use) => use.name),
        base: root?.kind === "image" ? root.value : undefined,
      },
    });
  },
  message: ({ packages, builds, base }) => {
    const what = [
      packages.length > 0 ? `installs ${listNames(packages)}` : "",
      builds.length > 0 ? `runs ${listNames(builds)}${base && packages.length === 0 ? ` on \`${base}\`` : ""}` : "",
    ].filter(Boolean).join(" and ");
    return (
      `This single-stage image ${what}, so everything the build needed (compilers, development dependencies, sources, caches) ships with the program. ` +
      "Build in a builder stage and `COPY --from` only the result into a small runtime stage."
    );
  },
});
