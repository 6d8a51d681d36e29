import { testRule } from "../../testing/rule-tester";
import rule from "./no-tls-disabled-env";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true\n",
    "FROM node:22-slim\nARG PIP_TRUSTED_HOST\nENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", ranges: ["2:5-2:35"], messageIncludes: "Node.js" },
    {
      code: "FROM python:3.12-slim\nENV PYTHONHTTPSVERIFY=0 \\\n    GIT_SSL_NO_VERIFY=false\nARG npm_config_strict_ssl=false PIP_TRUSTED_HOST=pypi.internal\n",
      ranges: ["2:5-2:24", "3:5-3:28", "4:5-4:32", "4:33-4:63"],
    },
  ],
});
