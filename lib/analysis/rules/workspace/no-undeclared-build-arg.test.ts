import { testRule } from "../../testing/rule-tester";
import rule from "./no-undeclared-build-arg";

const dockerfile = "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\nARG APP_ENV\n";

testRule(rule, {
  valid: [{ code: "services:\n  app:\n    build:\n      context: .\n      args:\n        NODE_VERSION: \"22\"\n        APP_ENV: prod\n        HTTP_PROXY: http://proxy:3128\n        BUILDKIT_DOCKERFILE_CHECK: skip=JSONArgsRecommended\n", path: "compose.yaml", files: { Dockerfile: dockerfile } }],
  invalid: [
    {
      code: "services:\n  app:\n    build:\n      context: .\n      args:\n        - NODE_VERISON=22\n        - APP_ENV\n",
      path: "compose.yaml",
      files: { Dockerfile: dockerfile },
      ranges: ["6:11-6:26"],
      messageIncludes: "`NODE_VERISON`",
    },
  ],
});
