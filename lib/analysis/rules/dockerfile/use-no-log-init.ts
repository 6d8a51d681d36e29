import { defineDockerfileRule } from "../types";

interface Data {
  uid: string;
  /** Where ` --no-log-init` goes: just after the `useradd` word. */
  insertAt: number;
}

/** `/var/log/lastlog` holds one 292-byte record per UID up to the highest one. */
const LASTLOG_RECORD = 292;

const megabytes = (uid: string) => Math.round((Number(uid) * LASTLOG_RECORD) / 1e6);

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-no-log-init",
    aliases: ["DL3046"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`useradd` with a large UID and without `--no-log-init`.",
      whatItDoes:
        "Flags `useradd -u <UID>` with a UID of more than five digits (as hadolint does) and without `-l`/`--no-log-init`, " +
        "in stages that ship. A UID from a build argument with a known default is read too.",
      whyItMatters:
        "`useradd` reserves a record for every UID up to the new one in `/var/log/lastlog` and `faillog`. These are " +
        "sparse files on disk, but image layers store them in full: a UID of 100000000 adds about 29 GB to the layer.",
      example: "FROM debian:12-slim\nRUN useradd -u 100000000 app\nUSER app\n",
      useInstead: "FROM debian:12-slim\nRUN useradd --no-log-init -u 100000000 app\nUSER app\n",
      fixSafety: "The fix inserts `--no-log-init`; safe: the account is the same, only the lastlog and faillog records are skipped.",
      whenNotToUse: "Images on a distribution whose `useradd` no longer writes `lastlog` (check with `ls -ls /var/log/lastlog`).",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN" || !run.stage?.ships) continue;
      for (const command of context.commands(run)) {
        if (!command.is("useradd") || command.has("--no-log-init")) continue;
        const uid = command.option("--uid")?.value;
        const value = uid && context.resolve(uid.value, run);
        if (!uid || value === undefined || !/^[0-9]{6,}$/.test(value)) continue;
        report({ range: context.model.rangeOf(command.programWord!.start, uid.word.end), data: { uid: value, insertAt: command.programWord!.end } });
      }
    }
  },
  message: ({ uid }) =>
    `\`useradd -u ${uid}\` without \`--no-log-init\` fills \`/var/log/lastlog\` up to UID ${uid}, about ${megabytes(uid).toLocaleString("en")} MB stored in full in the layer. Add \`--no-log-init\`.`,
  fix: ({ insertAt }, { model }) => ({
    title: "Add --no-log-init",
    applicability: "safe",
    edits: [{ range: model.rangeOf(insertAt, insertAt), text: " --no-log-init" }],
  }),
});
