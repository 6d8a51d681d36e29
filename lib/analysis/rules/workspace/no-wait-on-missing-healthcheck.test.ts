import { testRule } from "../../testing/rule-tester";
import rule from "./no-wait-on-missing-healthcheck";

/** A compose file of the review (workspace rules are tested from a Dockerfile otherwise). */
const compose = (code: string, files?: Record<string, string>) => ({ code, path: "compose.yaml", files });
const waitsForDb = "services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n";

testRule(rule, {
  valid: [
    // A healthcheck in compose.
    compose(`${waitsForDb}  db:\n    image: postgres:17\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n`),
    // An image the review cannot see into may declare a HEALTHCHECK.
    compose(`${waitsForDb}  db:\n    image: bitnami/postgresql:17\n`),
    compose(`${waitsForDb}  db:\n    image: ghcr.io/postgres:17\n`),
    // Only started, or not required: Compose does not insist on the healthcheck.
    compose("services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: postgres:17\n"),
    compose("services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n        required: false\n  db:\n    image: postgres:17\n"),
    // The Dockerfile it builds from has a HEALTHCHECK, inherited from the stage it builds on.
    { code: `${waitsForDb}  db:\n    build: ./db\n`, path: "compose.yaml", files: { "db/Dockerfile": "FROM postgres:17 AS base\nHEALTHCHECK CMD pg_isready\nFROM base\n" } },
    // Built from a Dockerfile outside the review, or on a base image the review cannot see into.
    compose(`${waitsForDb}  db:\n    build: ./db\n`),
    { code: `${waitsForDb}  db:\n    build: ./db\n`, path: "compose.yaml", files: { "db/Dockerfile": "FROM acme/postgres-base:17\n" } },
    // An override gives it a healthcheck.
    { code: `${waitsForDb}  db:\n    image: postgres:17\n`, path: "compose.yaml", files: { "compose.override.yaml": "services:\n  db:\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n" } },
    // Undefined dependencies are no-undefined-reference's.
    compose(waitsForDb),
  ],
  invalid: [
    {
      ...compose(`${waitsForDb}  db:\n    image: postgres:17\n`),
      ranges: ["6:20-6:35"],
      messageIncludes: "`app` waits for `db` to be healthy, but it has no healthcheck in compose and the `postgres:17` image declares none",
    },
    // Switched off in compose, through a merge key; `library/` and docker.io are Docker Hub's official images too.
    {
      path: "compose.yaml",
      code: "x-wait: &wait\n  condition: service_healthy\nservices:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        <<: *wait\n      cache: *wait\n  db:\n    image: docker.io/library/postgres:17\n    healthcheck:\n      disable: true\n  cache:\n    image: redis:7\n    healthcheck:\n      test: [\"NONE\"]\n",
      ranges: ["2:14-2:29", "2:14-2:29"],
      messageIncludes: "its healthcheck is switched off in compose",
    },
    // A later file removes the healthcheck with !reset.
    {
      code: `${waitsForDb}  db:\n    image: acme/db:1\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n`,
      path: "compose.yaml",
      files: { "compose.override.yaml": "services:\n  db:\n    healthcheck: !reset {}\n    image: postgres:17\n" },
      ranges: ["6:20-6:35"],
      messageIncludes: "the `postgres:17` image declares none",
    },
    // Built from a Dockerfile of the review: no HEALTHCHECK in the stage it builds, or HEALTHCHECK NONE.
    {
      code: `${waitsForDb}  db:\n    build: {context: ./db, target: runtime}\n`,
      path: "compose.yaml",
      files: { "db/Dockerfile": "FROM postgres:17 AS runtime\nFROM runtime AS checked\nHEALTHCHECK CMD pg_isready\n" },
      ranges: ["6:20-6:35"],
      messageIncludes: "no HEALTHCHECK in db/Dockerfile",
    },
    {
      code: `${waitsForDb}  db:\n    build: ./db\n`,
      path: "compose.yaml",
      files: { "db/Dockerfile": "FROM acme/postgres-base:17\nHEALTHCHECK NONE\n" },
      ranges: ["6:20-6:35"],
      messageIncludes: "switches the healthcheck off (HEALTHCHECK NONE)",
    },
  ],
});
