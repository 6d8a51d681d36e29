import { testRule } from "../../testing/rule-tester";
import rule from "./use-healthy-dependency";

const db = "  db:\n    image: postgres:17\n    healthcheck:\n      test: pg_isready\n";

testRule(rule, {
  valid: [
    // `test: ["NONE"]` turns the healthcheck off: waiting for healthy would fail.
    "services:\n  app:\n    image: acme/app:1\n    depends_on: [db]\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [\"NONE\"]\n",
    `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n${db}`,
    "services:\n  app:\n    image: acme/app:1\n    depends_on: [cache]\n  cache:\n    image: redis:7\n",
    `services:\n  migrate:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_completed_successfully\n${db}`,
    // The override removes the base file's healthcheck with Compose's !reset: waiting for healthy would fail `up`.
    {
      code: "services:\n  db:\n    healthcheck: !reset {}\n  app:\n    image: acme/app:1\n    depends_on: [db]\n",
      path: "compose.override.yaml",
      files: { "compose.yaml": `services:\n${db}` },
    },
  ],
  invalid: [
    // Comments between the items would be lost in the rewrite: no fix.
    { code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      - db   # the database\n      # the cache is optional\n      - cache\n  cache:\n    image: redis:7\n${db}`, ranges: ["4:5-4:15"] },
    {
      code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      - db\n      - cache\n  cache:\n    image: redis:7\n${db}`,
      ranges: ["4:5-4:15"],
      output: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n      cache:\n        condition: service_started\n  cache:\n    image: redis:7\n${db}`,
      applicability: "safe",
      messageIncludes: "`db`",
    },
    {
      code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_started\n        restart: true\n${db}`,
      ranges: ["5:7-5:9"],
      output: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n${db}`,
    },
    {
      code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n${db}`,
      ranges: ["5:7-5:9"],
      output: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n${db}`,
    },
    // The list's dashes may stand at the column of `depends_on`: the entries still go one level below it.
    {
      code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n    - db\n${db}`,
      ranges: ["4:5-4:15"],
      output: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n${db}`,
    },
    // Written through an alias, the entry is shared with another dependency: no fix (it would make both wait).
    {
      code: `x-dep: &dep\n  restart: true\nservices:\n  app:\n    image: acme/app:1\n    depends_on:\n      db: *dep\n      mailer: *dep\n  mailer:\n    image: axllent/mailpit:v1.21\n${db}`,
      ranges: ["7:7-7:9"],
    },
    // The same with an anchor on the dependency's value, a merge key, or an anchored condition: the cache has no
    // healthcheck, and rewriting the shared text would make it wait for one.
    {
      code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db: &started\n        condition: service_started\n      cache: *started\n  cache:\n    image: redis:7\n${db}`,
      ranges: ["5:7-5:9"],
    },
    {
      code: `x-started: &started\n  condition: service_started\nservices:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        <<: *started\n      cache: *started\n  cache:\n    image: redis:7\n${db}`,
      ranges: ["7:7-7:9"],
    },
    {
      code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: &c service_started\n      cache:\n        condition: *c\n  cache:\n    image: redis:7\n${db}`,
      ranges: ["5:7-5:9"],
    },
    // A name from a variable cannot become a key of the long form (keys are not interpolated): no fix.
    {
      code: `services:\n  app:\n    image: acme/app:1\n    depends_on:\n      - db\n      - \${CACHE_HOST:-cache}\n${db}`,
      ranges: ["4:5-4:15"],
    },
    // The healthcheck comes from the base file; the override's dependency is judged with it.
    {
      code: "services:\n  worker:\n    image: acme/worker:1\n    depends_on: [db]\n",
      path: "compose.override.yaml",
      files: { "compose.yaml": `services:\n${db}` },
      ranges: ["4:5-4:15"],
    },
  ],
});
