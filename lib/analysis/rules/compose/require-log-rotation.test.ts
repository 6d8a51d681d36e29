import { testRule } from "../../testing/rule-tester";
import rule from "./require-log-rotation";

testRule(rule, {
  valid: [
    // A provider (a model runner) stands in for the service: there is no container to configure.
    "services:\n  ai-runner:\n    provider:\n      type: model\n      options:\n        model: ai/smollm2\n",
    "services:\n  api:\n    image: acme/api:1.8\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n  worker:\n    image: acme/worker:1\n    logging:\n      driver: local\n",
  ],
  invalid: [
    {
      code: "services:\n   api:\n      image: acme/api:1.8\n",
      ranges: ["2:4-2:7"],
      output: "services:\n   api:\n      image: acme/api:1.8\n      logging:\n         options:\n            max-size: \"10m\"\n            max-file: \"3\"\n",
      applicability: "unsafe",
    },
    // A logging block without max-size is flagged, but left for a human to complete.
    { code: "services:\n  api:\n    image: acme/api:1.8\n    logging:\n      driver: json-file\n", ranges: ["2:3-2:6"] },
  ],
});
