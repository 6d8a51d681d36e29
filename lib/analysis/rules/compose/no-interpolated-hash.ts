import { isScalar, visit, type Scalar } from "yaml";
import { scanInterpolation } from "../../compose/interpolation";
import { rangeOf, valuePartRange } from "../../compose/nodes";
import type { Range } from "../../types";
import { defineComposeRule } from "../types";

/**
 * The start of a crypt(3)-style password hash (`$apr1$`, `$2y$`, `$6$`, `$y$`, `$argon2id$`…), as htpasswd, mkpasswd
 * and Traefik's basic-auth middleware write them, and the characters of the rest of the hash.
 */
const HASH = /\$(?:1|2[abxy]|5|6|7|y|gy|apr1|md5|sha1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|P|H)\$[./A-Za-z0-9$=,+-]*/g;

/** The text Compose reads as `text`: each `$` doubled. */
const escaped = (text: string) => text.replaceAll("$", "$$$$");

interface Data {
  hash: string;
  /** The first name Compose would substitute (`apr1` in `$apr1$…`). */
  variable: string;
  /** Where the hash is written, when the scalar spells it as it is and has no `$$` in it (else no fix). */
  written: Range | undefined;
}

export default defineComposeRule<Data>({
  meta: {
    id: "no-interpolated-hash",
    aliases: ["compose-unescaped-dollar"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A password hash has `$` signs that Compose reads as variables.",
      whatItDoes:
        "Flags crypt-style password hashes (`$apr1$…` from htpasswd, bcrypt's `$2y$…`, `$6$…`, `$y$…`, argon2) written " +
        "with single `$` where Compose would substitute a variable: a `$` followed by a letter or `_`.",
      whyItMatters:
        "Compose replaces `$apr1` and `$H6uskkkW` with the values of variables of those names, unset, so empty: the " +
        "container receives a different string, and every login with the right password fails. Compose only warns " +
        "that a variable is not set, among its other output.",
      example:
        "services:\n  proxy:\n    image: traefik:v3.3\n    labels:\n" +
        "      - \"traefik.http.middlewares.auth.basicauth.users=admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/\"\n",
      useInstead:
        "services:\n  proxy:\n    image: traefik:v3.3\n    labels:\n" +
        "      - \"traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/\"\n",
      fixSafety: "Safe: `$$` is Compose's literal dollar, so the container receives the hash exactly as written.",
      whenNotToUse: "Never: no variable is named like a piece of a hash.",
    },
  },
  check({ file }, report) {
    if (!file.doc) return;
    const found: Array<{ range: Range; data: Data }> = [];
    visit(file.doc, {
      Scalar(_key, node: Scalar) {
        if (!isScalar(node) || typeof node.value !== "string" || !node.value.includes("$")) return;
        const value = node.value;
        for (const match of value.matchAll(HASH)) {
          // `$$apr1$$…` is escaped already.
          if (match.index > 0 && value[match.index - 1] === "$") continue;
          const hash = match[0];
          const variable = scanInterpolation(hash).references[0]?.name;
          if (!variable) continue;
          const exact = valuePartRange(file.lines, node, match.index, match.index + hash.length);
          found.push({ range: exact ?? rangeOf(file.lines, node), data: { hash, variable, written: hash.includes("$$") ? undefined : exact } });
        }
      },
    });
    for (const detection of found) report(detection);
  },
  message: ({ hash, variable }) =>
    `Compose reads \`$${variable}\` in this password hash as a variable and substitutes its value (empty when unset), so the container gets a different hash and logins fail. Write each \`$\` of the hash as \`$$\`${hash.length <= 80 ? ` (\`${escaped(hash)}\`)` : ""}.`,
  fix: ({ hash, written }) =>
    written && { title: "Write the hash's dollar signs as $$", applicability: "safe", edits: [{ range: written, text: escaped(hash) }] },
});
