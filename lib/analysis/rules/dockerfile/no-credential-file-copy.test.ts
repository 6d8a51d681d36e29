import { testRule } from "../../testing/rule-tester";
import rule from "./no-credential-file-copy";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nCOPY .env.example package.json /app/\nCOPY certs/ca.pem /etc/ssl/\n",
    // The builder's copy does not ship.
    "FROM node:22-slim AS deps\nCOPY .npmrc /root/\nFROM node:22-slim\nCOPY --from=deps /app/node_modules /app/node_modules\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nCOPY .npmrc package.json /app/\n", ranges: ["2:6-2:12"], messageIncludes: "`COPY .npmrc`" },
    {
      code: "FROM alpine:3.20\nCOPY id_rsa config/.env.production tls/server.key secrets/service-account.json /x/\n",
      ranges: ["2:6-2:12", "2:13-2:35", "2:36-2:50", "2:51-2:79"],
    },
  ],
});
