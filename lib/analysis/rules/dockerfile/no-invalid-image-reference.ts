import { isValidImageReference } from "../../dockerfile/image";
import type { DockerfileModel } from "../../dockerfile/model";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

/** Every written image reference without variables: FROM images and `COPY --from` values that are not stages. */
function writtenReferences(model: DockerfileModel): { reference: string; range: Range; keyword: string }[] {
  const found: { reference: string; range: Range; keyword: string }[] = [];
  for (const stage of model.stages) {
    const { word, kind } = stage.base;
    if (word && kind !== "stage") found.push({ reference: word.raw, range: word.range, keyword: "FROM" });
    for (const { via, instruction, stage: source, word: from } of stage.dependencies) {
      if (via !== "copy" || instruction.keyword !== "COPY" || source || /^\d+$/.test(from.value)) continue;
      if (model.stageNamed(from.value.toLowerCase())) continue;
      found.push({ reference: from.raw, range: from.range, keyword: "COPY --from" });
    }
  }
  return found;
}

/** The reference with its repository path (not the registry host, not the tag) lower-cased. */
function lowerCasePath(reference: string): string {
  const [beforeDigest, digest] = reference.split("@", 2) as [string, string | undefined];
  const colon = beforeDigest.lastIndexOf(":");
  const slash = beforeDigest.lastIndexOf("/");
  const [path, tag] = colon > slash ? [beforeDigest.slice(0, colon), beforeDigest.slice(colon)] : [beforeDigest, ""];
  const firstSlash = path.indexOf("/");
  const host = firstSlash >= 0 && /[.:]|^localhost$/.test(path.slice(0, firstSlash)) ? path.slice(0, firstSlash + 1) : "";
  return `${host}${path.slice(host.length).toLowerCase()}${tag}${digest ? `@${digest}` : ""}`;
}

export default defineDockerfileRule<{ reference: string; keyword: string; lowerCased: string | undefined; range: Range }>({
  meta: {
    id: "no-invalid-image-reference",
    aliases: ["invalidReferenceFormat", "flagInvalidFrom", "image-reference-valid"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "An image reference is malformed.",
      whatItDoes:
        "Flags `FROM` images and `COPY --from` images that are not valid references (`[registry/]path[:tag][@digest]` " +
        "with a lower-case path), such as `Node:22` or `node:22:slim`. References built from variables are checked by " +
        "`no-invalid-default-arg-in-from`.",
      whyItMatters: "The build fails with `invalid reference format` before doing anything.",
      example: "FROM Node:22-slim\n",
      useInstead: "FROM node:22-slim\n",
      fixSafety: "Lower-casing the repository path is offered as safe when that alone makes the reference valid: registries only accept lower-case paths.",
      whenNotToUse: "Never: the builder rejects it.",
    },
  },
  check({ model }, report) {
    for (const { reference, range, keyword } of writtenReferences(model)) {
      if (reference.includes("$") || reference.toLowerCase() === "scratch" || isValidImageReference(reference)) continue;
      const lowerCased = lowerCasePath(reference);
      report({ range, data: { reference, keyword, lowerCased: isValidImageReference(lowerCased) ? lowerCased : undefined, range } });
    }
  },
  message: ({ reference, keyword, lowerCased }) =>
    `\`${reference}\` in \`${keyword}\` is not a valid image reference, so the build fails${lowerCased ? `: repository paths are lower-case, write \`${lowerCased}\`` : ". Write it as `[registry/]name[:tag][@digest]`"}.`,
  fix: ({ lowerCased, range }) => lowerCased ? { title: `Write ${lowerCased}`, applicability: "safe", edits: [{ range, text: lowerCased }] } : undefined,
});
