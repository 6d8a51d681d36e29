import { testRule } from "../../testing/rule-tester";
import rule from "./no-hardcoded-secret";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app\n",
    "FROM alpine:3.20\nRUN --mount=type=secret,id=gh GITHUB_TOKEN=$(cat /run/secrets/gh) make\n",
    // Credentials from variables or secrets, or a user name alone (curl would prompt for the password).
    'FROM alpine:3.20\nRUN curl -u "$USER:$PASS" https://x/a && curl -u bob https://x/b && wget --password="$(cat /run/secrets/pw)" https://x/c\n',
    // A shared report redacted a value for its name alone: no credential's shape, which is what this rule reports.
    "FROM alpine:3.20\nENV DB_PASSWORD=<redacted:SECRET_VALUE>\n",
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN curl -fsSL -u admin:hunter2 https://x/y -o /y && wget --password=s3cret https://x/w\n",
      ranges: ["2:19-2:32", "2:70-2:76"],
      messageIncludes: "a password on",
    },
    { code: "FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n", ranges: ["2:23-2:43"], messageIncludes: "an AWS access key" },
    { code: "FROM alpine:3.20\nENV REDIS_URL=redis://:s3cret@redis:6379/0\n", ranges: ["2:15-2:31"], messageIncludes: "a password in a URL" },
    {
      code: "FROM alpine:3.20\nRUN git clone https://ci:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/acme/app.git \\\n && curl -H 'Authorization: Bearer sk_live_abcdefghijklmnop1234' https://api.example.com\n",
      ranges: ["2:26-2:66", "3:36-3:64"],
      messageIncludes: "contains a",
    },
    // A shared report's placeholders, where the credentials were.
    {
      code: "FROM alpine:3.20\nENV GITHUB_TOKEN=<redacted:GITHUB_TOKEN>\n",
      ranges: ["2:18-2:41"],
      messageIncludes: "redacted when the report was shared",
    },
    { code: "FROM alpine:3.20\nENV DATABASE_URL=postgres://app:<redacted:URL_PASSWORD>@db/app\n", ranges: ["2:18-2:57"], messageIncludes: "a password in a URL" },
  ],
});
