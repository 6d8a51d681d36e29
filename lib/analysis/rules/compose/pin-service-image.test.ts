import { testRule } from "../../testing/rule-tester";
import rule from "./pin-service-image";

testRule(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:17.2-alpine\n  app:\n    image: ghcr.io/acme/app@sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
    "services:\n  app:\n    image: ${APP_IMAGE}\n  proxy:\n    image: registry.local:5000/proxy:1.2\n",
    "services:\n  app:\n    build: .\n",
    // With build beside it, the image is the name given to what compose builds.
    "services:\n  app:\n    build: .\n    image: acme/app\n",
    { code: "services:\n  app:\n    image: acme/app:dev\n", path: "compose.override.yaml", files: { "compose.yaml": "services:\n  app:\n    build: .\n    image: acme/app:dev\n" } },
  ],
  invalid: [
    { code: "services:\n  cache:\n    image: redis\n", ranges: ["3:12-3:17"], messageIncludes: "without a tag" },
    { code: "services:\n  app:\n    image: \"myapp:latest\"\n", ranges: ["3:12-3:26"], messageIncludes: "`latest` moves" },
    { code: "services:\n  app:\n    image: ${IMAGE:-nginx:stable}\n  proxy:\n    image: localhost:5000/proxy\n", ranges: ["3:12-3:34", "5:12-5:32"] },
  ],
});
