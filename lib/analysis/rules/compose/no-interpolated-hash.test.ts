import { testRule } from "../../testing/rule-tester";
import rule from "./no-interpolated-hash";

const label = (users: string) => `services:\n  proxy:\n    image: traefik:v3.3\n    labels:\n      - "traefik.http.middlewares.auth.basicauth.users=${users}"\n`;

testRule(rule, {
  valid: [
    // Escaped already, or a variable that holds the hash.
    label("admin:$$apr1$$H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/"),
    label("${BASIC_AUTH_USERS}"),
    // No `$` that Compose reads as a variable: `$6` and `$1` stay as written.
    "services:\n  app:\n    image: acme/app:1\n    environment:\n      ROOT_HASH: \"$6$12345678$/9x.\"\n",
    // Dollar amounts and shell variables are not hashes.
    "services:\n  app:\n    image: acme/app:1\n    command: sh -c 'echo $$HOME costs $5'\n",
  ],
  invalid: [
    {
      code: label("admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"),
      ranges: ["5:62-5:99"],
      messageIncludes: "Compose reads `$apr1` in this password hash as a variable",
      output: label("admin:$$apr1$$H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/"),
    },
    // bcrypt in a mapping value: `$2y` and `$10` stay, `$N9qo…` is a variable.
    {
      code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      ADMIN_HASH: $2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy\n",
      ranges: ["5:19-5:79"],
      messageIncludes: "`$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy`",
      output: "services:\n  app:\n    image: acme/app:1\n    environment:\n      ADMIN_HASH: $$2y$$10$$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy\n",
    },
    // Written with escapes in a double-quoted scalar: the whole scalar is flagged, with no fix.
    {
      code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      HASH: \"\\x41:$y$j9T$abc\"\n",
      ranges: ["5:13-5:30"],
    },
  ],
});
