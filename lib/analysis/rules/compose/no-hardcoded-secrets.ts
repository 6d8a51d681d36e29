import { appendToMapping } from "../../compose/edits";
import { hasVariables } from "../../compose/interpolation";
import type { ComposeService } from "../../compose/model";
import { environment, imageOf, serviceEntry, topLevelEntry, type EnvironmentVariable } from "../../compose/query";
import type { ComposeProject } from "../../compose/project";
import { isRedactionPlaceholder, isSwitchValue } from "../../secrets";
import type { Fix } from "../../types";
import { defineComposeRule } from "../types";

const SECRET_NAME = /(PASSWORD|PASSWD|_PASS|_PWD|PASSPHRASE|SECRET|SECRET_KEY(_BASE)?|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)$|^(DATABASE_URL|REDIS_URL|MONGO(DB)?_URL)$/i;
/** Values that are obviously not secrets: placeholders, booleans, file paths. */
/** Paths to a key file, placeholders (switches are `isSwitchValue`). */
const NOT_A_SECRET = /^(none|null|changeme|\.{0,2}\/.*|\*+|x+|<.*>)$/i;
/** Official images that read `NAME_FILE`, and the variables they read it for (postgres: POSTGRES_PASSWORD, not PGPASSWORD). */
const READS_FILE_VARIANT: ReadonlyArray<{ image: RegExp; variables: RegExp }> = [
  { image: /^postgres$/, variables: /^POSTGRES_/ },
  { image: /^(mysql|mariadb)$/, variables: /^(MYSQL|MARIADB)_/ },
  { image: /^mongo$/, variables: /^MONGO_INITDB_/ },
  { image: /^rabbitmq$/, variables: /^RABBITMQ_/ },
  { image: /^bitnami\/.+$/, variables: /./ },
];

interface Data {
  service: ComposeService;
  variable: EnvironmentVariable;
  /** True when the variable's image reads `NAME_FILE`, so moving it to a secret is mechanical. */
  fileVariant: boolean;
  /** The value is a shared report's placeholder: the secret was written here, and redacted on sharing. */
  redacted: boolean;
}

function secretName(variable: string): string {
  return variable.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}

/**
 * Whether the variable is written where other services read it too: merged in from an anchor outside the service
 * (`<<: *common`), or in an environment mapping that carries an anchor. The secret would be mounted in this service
 * only, and the others would look for a file that is not there.
 */
function sharedWithOthers(service: ComposeService, variable: EnvironmentVariable): boolean {
  const environment = serviceEntry(service, "environment")?.value;
  const [start, end] = service.node?.range ?? [0, 0];
  const at = service.file.lines.offsetAt(variable.nameRange.start);
  return Boolean(environment?.anchor) || at < start || at >= end;
}

function moveToSecret({ service, variable }: Data, file: ComposeService["file"]): Fix | undefined {
  // Only the mapping form (`NAME: value`) is rewritten; secrets already declared in the file need a human.
  if (variable.declaration === variable.node || serviceEntry(service, "secrets") || topLevelEntry(file, "secrets") || !file.root) return undefined;
  if (sharedWithOthers(service, variable)) return undefined;
  const name = secretName(variable.name);
  const serviceSecrets = appendToMapping(file, service.node, ["secrets:", `  - ${name}`]);
  const topLevel = appendToMapping(file, file.root, ["secrets:", `  ${name}:`, `    file: ./secrets/${name}.txt`]);
  if (!serviceSecrets || !topLevel || !variable.valueRange) return undefined;
  return {
    // The edits cannot write the secret file: the title says that it must be created, and the value leaves this file.
    title: `Read ${variable.name} from a Compose secret (then put the value in ./secrets/${name}.txt, which this fix does not create)`,
    applicability: "unsafe",
    edits: [
      { range: { start: variable.nameRange.start, end: variable.valueRange.end }, text: `${variable.name}_FILE: /run/secrets/${name}` },
      serviceSecrets,
      topLevel,
    ],
  };
}

/** Whether the service's image reads `<variable>_FILE`. */
function readsFileVariant(service: ComposeService, project: ComposeProject, variable: string): boolean {
  const image = imageOf(service, project);
  return image !== undefined && READS_FILE_VARIANT.some((entry) => entry.image.test(image.name) && entry.variables.test(variable));
}

export default defineComposeRule<Data>({
  meta: {
    id: "no-hardcoded-secrets",
    aliases: ["hardcoded-secret-literal", "compose-hardcoded-secret"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A password, token or key is written into the compose file.",
      whatItDoes:
        "Flags `environment:` entries whose name says they hold a secret (`…PASSWORD`, `…TOKEN`, `…SECRET`, " +
        "`…API_KEY`…) and whose value is written literally rather than taken from a variable.",
      whyItMatters:
        "Compose files are committed, shared and pasted into tickets; a literal secret is a leaked secret. Values in " +
        "`environment` also show in `docker inspect` for anyone who can reach the Docker API.",
      example: "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: hunter2\n",
      useInstead:
        "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n" +
        "    secrets:\n      - postgres_password\nsecrets:\n  postgres_password:\n    file: ./secrets/postgres_password.txt\n",
      fixSafety:
        "For images that read `NAME_FILE` (postgres, mysql, mariadb, mongo, rabbitmq, bitnami) the fix moves the value " +
        "to a Compose secret; it is unsafe because you must create the secret file (and remove the old value from history).",
      whenNotToUse: "Throwaway local databases with made-up passwords, if you accept the habit.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      for (const variable of environment(service)) {
        if (!SECRET_NAME.test(variable.name) || /_FILE$/i.test(variable.name) || !variable.value || !variable.valueRange) continue;
        const redacted = isRedactionPlaceholder(variable.value);
        if (!redacted && (hasVariables(variable.value) || NOT_A_SECRET.test(variable.value.trim()) || isSwitchValue(variable.value))) continue;
        // A connection URL is only a secret when it carries a password (`scheme://user:password@host`).
        if (/_URL$/i.test(variable.name) && !/:\/\/[^/@\s]*:[^/@\s]+@/.test(variable.value)) continue;
        report({ range: variable.valueRange, data: { service, variable, fileVariant: readsFileVariant(service, project, variable.name), redacted } });
      }
    }
  },
  message: ({ service, variable, fileVariant, redacted }) =>
    `\`${variable.name}\` of \`${service.name}\` is written into the file${redacted ? " (redacted when the report was shared)" : ""}, so everyone who can read the file (or run \`docker inspect\`) has it. ` +
    (fileVariant
      ? `Mount it as a Compose secret and set \`${variable.name}_FILE\` instead.`
      : `Take it from the environment (\`${variable.name}: \${${variable.name}}\` with an untracked .env file) or mount it as a Compose secret.`),
  fix: (data, { file }) => (data.fileVariant ? moveToSecret(data, file) : undefined),
});
