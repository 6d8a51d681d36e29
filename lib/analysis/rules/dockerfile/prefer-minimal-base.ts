import { isDockerHub, isWindowsImage, parseImageReference } from "../../dockerfile/image";
import type { DockerfileModel, Stage } from "../../dockerfile/model";
import { imagePartRange, rootStage, stageLineage } from "../../dockerfile/stages";
import type { Fix, TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { hasBuilderStage, isToolImage, shippedStages, toolchainUses } from "./toolchain";

interface Data {
  image: string;
  /** A build image, a language image's full variant (built on buildpack-deps), or Debian without `-slim`. */
  kind: "sdk" | "full" | "os";
  /** What to ship on instead, as a message phrase. */
  instead: string;
  /** For a full variant: the slim tag the fix writes. */
  slimTag: string | undefined;
  stage: Stage;
}

/** Stage names that say the stage is for development, tests or debugging (`dev`, `dev-envs`): a full image is expected there. */
const NON_PRODUCTION_STAGE = /(^|[-_])(dev|develop|development|devcontainer|test|tests|testing|ci|debug|local)($|[-_])/;

/** Tags of the official language images that are not the full Debian variant. */
const NOT_FULL_VARIANT = /slim|alpine/;
/** Windows images: the Linux runtime images named here do not apply. */

/** `22` → `22-slim`, `22-bookworm` → `22-bookworm-slim` (node's order) or `3.12-slim-bookworm` (python and ruby's). */
function slimTagOf(repository: string, tag: string): string {
  if (tag === "latest") return "slim";
  const codename = /^(.*?)-?(bookworm|bullseye|buster|trixie)$/.exec(tag);
  if (!codename) return `${tag}-slim`;
  const [, version, release] = codename;
  if (repository === "node") return `${tag}-slim`;
  return version ? `${version}-slim-${release}` : `slim-${release}`;
}

/** The Java version a Maven, Gradle or JDK tag names (`3.9-eclipse-temurin-21` → 21, `8-jdk21` → 21). */
function javaVersion(repository: string, tag: string): string {
  const match = repository === "maven" || repository === "gradle" ? /(?:jdk|temurin-|corretto-|openjdk-?)(\d+)/.exec(tag) : /^(\d+)/.exec(tag);
  return match?.[1] ?? "<version>";
}

/** True when the build makes a static Go binary (`CGO_ENABLED=0 … go build`), which needs no libc to run. */
function buildsStaticGoBinary(context: DockerfileRuleContext, model: DockerfileModel): boolean {
  return model.stages.some((stage) => toolchainUses(context, stage).some((use) => {
    if (use.name !== "go build") return false;
    const command = context.commands(use.instruction).find((each) => each.programWord === use.word);
    const assigned = [...(command?.assignments ?? []), ...(command?.words ?? [])].some((word) => word.value === "CGO_ENABLED=0");
    return assigned || context.resolve("$CGO_ENABLED", use.instruction) === "0";
  }));
}

/** What the image is and what to use instead, or undefined for an image that is already small or unknown to us. */
function adviceFor(context: DockerfileRuleContext, reference: string): Omit<Data, "image" | "stage"> | undefined {
  const image = parseImageReference(reference);
  if (!image) return undefined;
  const registry = isDockerHub(image.registry) ? "" : `${image.registry!.toLowerCase()}/`;
  const repository = registry + image.repository.toLowerCase().replace(/^library\//, "");
  const tag = (image.tag ?? "latest").toLowerCase();
  if (isWindowsImage(tag)) return undefined;
  const sdk = (instead: string) => ({ kind: "sdk" as const, instead, slimTag: undefined });
  switch (repository) {
    case "golang":
      return sdk(buildsStaticGoBinary(context, context.model)
        ? "`scratch` or `gcr.io/distroless/static-debian12` (the binary is static: `CGO_ENABLED=0`)"
        : "`gcr.io/distroless/base-debian12` or `debian:12-slim`");
    case "rust":
      return sdk("`gcr.io/distroless/cc-debian12` or `debian:12-slim`");
    case "maven":
    case "gradle":
      return sdk(`\`eclipse-temurin:${javaVersion(repository, tag)}-jre\``);
    case "openjdk":
    case "eclipse-temurin":
      return /jre/.test(tag) ? undefined : sdk(`\`eclipse-temurin:${javaVersion(repository, tag)}-jre${tag.includes("alpine") ? "-alpine" : ""}\``);
    case "mcr.microsoft.com/dotnet/sdk":
      return sdk(`\`mcr.microsoft.com/dotnet/aspnet:${tag}\` (web apps) or \`mcr.microsoft.com/dotnet/runtime:${tag}\``);
    case "node":
    case "python":
    case "ruby": {
      if (NOT_FULL_VARIANT.test(tag)) return undefined;
      const slimTag = slimTagOf(repository, tag);
      return { kind: "full", instead: `\`${repository}:${slimTag}\``, slimTag };
    }
    case "debian": {
      if (NOT_FULL_VARIANT.test(tag)) return undefined;
      const slimTag = tag === "latest" ? "stable-slim" : `${tag}-slim`;
      return { kind: "os", instead: `\`debian:${slimTag}\``, slimTag };
    }
    default:
      return undefined;
  }
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-minimal-base",
    aliases: ["runtime-image-is-sdk"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "The shipped image is based on an SDK or a full distribution image where a smaller runtime image fits.",
      whatItDoes:
        "Looks at the image the built stage starts from (through `FROM <stage>`) and names a smaller one: an SDK image " +
        "(`golang`, `rust`, `maven`, `gradle`, `mcr.microsoft.com/dotnet/sdk`, a JDK) should give way to " +
        "a runtime image (`distroless`, `scratch` for static Go binaries, `eclipse-temurin:<v>-jre`, `dotnet/aspnet`), and " +
        "the full variants of `node`, `python`, `ruby` and `debian` to their `-slim` variants. Stages named for development " +
        "or tests (`dev`, `test`, `ci`…) are not judged, nor are base or toolchain images (no `CMD`, `ENTRYPOINT`, `EXPOSE` " +
        "or `HEALTHCHECK`); a single-stage image that compiles on its SDK is left to `use-multi-stage-build`.",
      whyItMatters:
        "SDK and full images carry compilers, headers and hundreds of packages the program never runs: often 5 to 20 " +
        "times the size of the runtime variant, slower to pull and start, and every package is attack surface and a line " +
        "in the vulnerability report.",
      example:
        "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\n" +
        "FROM golang:1.23\nCOPY --from=build /out/app /usr/local/bin/app\nCMD [\"app\"]\n",
      useInstead:
        "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\n" +
        "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nCMD [\"/app\"]\n",
      fixSafety:
        "For full `node`, `python`, `ruby` and `debian` images an unsafe fix switches to the `-slim` tag: slim variants lack " +
        "compilers, git and many libraries, so `npm ci`/`pip install` of native modules or the program itself may then " +
        "need packages installed. SDK images get no fix: they need a runtime image and a multi-stage build.",
      whenNotToUse:
        "Images that are meant to hold a toolchain (CI runners, development containers), and programs that need much of " +
        "what the full image contains.",
    },
  },
  check(context, report) {
    const { model } = context;
    const final = model.finalStage;
    if (!final || stageLineage(final).some((stage) => stage.name && NON_PRODUCTION_STAGE.test(stage.name))) return;
    const stages = shippedStages(model);
    if (isToolImage(stages)) return;
    const root = rootStage(final);
    const base = root.base;
    if (base.kind !== "image" || base.value === undefined || !base.word) return;
    const advice = adviceFor(context, base.value);
    if (!advice) return;
    // A single-stage image that compiles on its SDK: the advice is a multi-stage build (use-multi-stage-build).
    if (advice.kind === "sdk" && !hasBuilderStage(model) && stages.some((stage) => toolchainUses(context, stage).some((use) => use.kind === "build"))) return;
    report({ range: base.word.range, data: { ...advice, image: base.value, stage: root } });
  },
  message: ({ image, kind, instead }) =>
    kind === "sdk"
      ? `The image ships on \`${image}\`, a build (SDK) image: its compilers and tools add hundreds of MB and attack surface the program does not use at run time. Build in a builder stage and ship on ${instead}.`
      : kind === "os"
        ? `\`${image}\` keeps the documentation, man pages and translations that ${instead} leaves out (the same packages, ≈ 20 MB less to pull). Use ${instead}.`
        : `\`${image}\` is the full variant, with compilers, headers and hundreds of packages the program rarely needs. Use ${instead} (install the few libraries it needs), or a multi-stage build whose runtime stage is slim.`,
  fix: ({ slimTag, stage }, { model }): Fix | undefined => {
    const word = stage.base.word;
    if (!slimTag || !word || word.raw !== stage.base.value || stage.base.image?.digest) return undefined;
    const edit: TextEdit = stage.base.image?.tag
      ? { range: imagePartRange(model, stage, "tag"), text: slimTag }
      : { range: model.rangeOf(word.end, word.end), text: `:${slimTag}` };
    return { title: `Use the ${slimTag} variant`, applicability: "unsafe", edits: [edit] };
  },
});
