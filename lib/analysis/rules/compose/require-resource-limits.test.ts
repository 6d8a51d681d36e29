import { testRule } from "../../testing/rule-tester";
import rule from "./require-resource-limits";

testRule(rule, {
  valid: [
    // A provider (a model runner) stands in for the service: there is no container to configure.
    "services:\n  ai-runner:\n    provider:\n      type: model\n      options:\n        model: ai/smollm2\n",
    "services:\n  app:\n    image: myapp:1.0\n    deploy:\n      resources:\n        limits:\n          cpus: \"0.50\"\n          memory: 512M\n",
    "services:\n  app:\n    image: myapp:1.0\n    mem_limit: 512m\n    cpus: 0.5\n",
  ],
  invalid: [
    { code: "services:\n  app:\n    image: myapp:1.0\n    mem_limit: 512m\n", ranges: ["2:3-2:6"], messageIncludes: "no CPU limit, so a busy loop or a spike in it takes the CPU of every other service" },
    { code: "services:\n  app:\n    image: myapp:1.0\n", ranges: ["2:3-2:6"], messageIncludes: "no memory or CPU limit, so a memory leak or a spike in it takes the memory and CPU of" },
  ],
});
