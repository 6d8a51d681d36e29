import { testRule } from "../../testing/rule-tester";
import rule from "./no-schema-violation";

testRule(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n",
    "services:\n  web:\n    image: ${IMAGE:-nginx}\n    x-notes: anything\nx-defaults: {}\n",
    "services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      interval: ${INTERVAL:-30s}\n",
  ],
  invalid: [
    {
      code: "services:\n  web:\n    image: nginx\n    restrat: always\n",
      ranges: ["4:5-4:12"],
      output: "services:\n  web:\n    image: nginx\n    restart: always\n",
      applicability: "unsafe",
      messageIncludes: "`restrat` is not a Compose key under `services.web`, so Compose refuses the file. Did you mean `restart`?",
    },
    // The suggestion comes from the keys defined at that place: `interval` under a healthcheck, `limits` under resources.
    {
      code: "services:\n  web:\n    image: nginx\n    healthcheck:\n      intervall: 5s\n    deploy:\n      resources:\n        limit:\n          cpus: \"1\"\n",
      ranges: ["5:7-5:16", "8:9-8:14"],
      output: "services:\n  web:\n    image: nginx\n    healthcheck:\n      interval: 5s\n    deploy:\n      resources:\n        limits:\n          cpus: \"1\"\n",
      messageIncludes: "so Compose refuses the file. Did you mean `",
    },
    // No plausible key: the message says what to check instead; a quoted key is suggested for but not rewritten.
    { code: "services:\n  web:\n    image: nginx\n    zzzzzz: 1\n", ranges: ["4:5-4:11"], messageIncludes: "Check the spelling and the indentation" },
    { code: "services:\n  web:\n    image: nginx\n    \"restrat\": always\n", ranges: ["4:5-4:14"], messageIncludes: "Did you mean `restart`?" },
    { code: "version: 3\nservices: {}\n", ranges: ["1:10-1:11"], messageIncludes: "`version` must be a string" },
    // A oneOf whose branches all fail on the type collapses into one message at the value.
    { code: "services:\n  web:\n    image: nginx\n    depends_on: db\n", ranges: ["4:17-4:19"], messageIncludes: "must be a list or a mapping" },
    // The branch that got into the value wins: the message is about the condition, not the list form.
    {
      code: "services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        condition: healthy\n",
      ranges: ["6:20-6:27"],
      messageIncludes: "`service_healthy`",
    },
    { code: "services:\n  web:\n    image: 1\nfoo: 1\n", ranges: ["3:12-3:13", "4:1-4:4"] },
  ],
});
