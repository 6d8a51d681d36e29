import { shippedRuns } from "../../dockerfile/stages";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { appendToRun, followedBy, mountsCacheAt, removesPath } from "./package-managers";

interface Data {
  append: TextEdit | undefined;
}

/** Where pecl downloads and builds (`/tmp/pear/download`, `/tmp/pear/temp`). */
const PEAR_FILES = /^\/tmp\/pear(\/\*?)?$/;
const REMOVE = "rm -rf /tmp/pear";


export default defineDockerfileRule<Data>({
  meta: {
    id: "no-pecl-files-left",
    aliases: ["pecl-files-cleanup"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "`pecl install` leaves its downloads and build tree in `/tmp/pear`.",
      whatItDoes:
        "Flags, in stages that ship, a `RUN` with `pecl install` that does not delete `/tmp/pear` afterwards in the " +
        "same `RUN`, nor mounts a cache or tmpfs there. One finding per `RUN`, at its last install.",
      whyItMatters:
        "pecl downloads each extension's source archive and compiles it under `/tmp/pear`, and keeps both: megabytes " +
        "the image never uses once the extension is built. Deleted in a later `RUN`, they still ship in this layer.",
      example: "FROM php:8.3-fpm\nRUN pecl install redis && docker-php-ext-enable redis\n",
      useInstead: "FROM php:8.3-fpm\nRUN pecl install redis && docker-php-ext-enable redis && rm -rf /tmp/pear\n",
      fixSafety: "Safe: appends `&& rm -rf /tmp/pear` to the `RUN` (also after a closing `fi` or `done`; not after a heredoc, a comment or a background job).",
      whenNotToUse: "Stages that never ship (the rule already skips them).",
    },
  },
  check(context, report) {
    for (const run of shippedRuns(context.model)) {
      const details = context.run(run);
      const cleanedLater = followedBy(details.commands, (command) => removesPath(command, PEAR_FILES));
      const last = details.commands.filter((command, index) => command.is("pecl", "install") && !cleanedLater(command, index)).at(-1);
      if (!last || mountsCacheAt(details, PEAR_FILES)) continue;
      report({ range: last.range, data: { append: appendToRun(context, run, ` && ${REMOVE}`) } });
    }
  },
  message: () =>
    `\`pecl install\` keeps the extension's downloaded source and build files in \`/tmp/pear\`, megabytes in the layer. End the same \`RUN\` with \`&& ${REMOVE}\`.`,
  fix: ({ append }) => append && { title: `Append \`${REMOVE}\``, applicability: "safe", edits: [append] },
});
