import { testRule } from "../../testing/rule-tester";
import rule from "./no-hardcoded-secret";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app\n",
    "FROM alpine:3.20\nRUN --mount=type=secret,id=gh GITHUB_TOKEN=$(cat /run/secrets/gh) make\n",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n", ranges: ["2:23-2:43"], messageIncludes: "an AWS access key" },
    {
      code: "FROM alpine:3.20\nRUN git clone https://ci:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/acme/app.git \\\n && curl -H 'Authorization: Bearer sk_live_abcdefghijklmnop1234' https://api.example.com\n",
      ranges: ["2:26-2:66", "3:36-3:64"],
      messageIncludes: "contains a",
    },
  ],
});
