import { testRule } from "../../testing/rule-tester";
import rule from "./no-hardcoded-secrets";

testRule(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n",
    "services:\n  app:\n    image: acme/app:1\n    environment:\n      - API_TOKEN\n      - SECRET_KEY=\n      - USE_TOKEN=true\n      - DATABASE_URL=postgres://db:5432/app\n",
    // Switches and a path to a key file are not secrets.
    "services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_RANDOM_ROOT_PASSWORD: 1\n      FEATURE_REQUIRE_PASSWORD: \"0\"\n      GOOGLE_APPLICATION_CREDENTIALS: ./gcp.json\n",
    // A shared report redacted the default of a variable, which is not reported before redaction either.
    "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-<redacted:SECRET_VALUE>}\n",
  ],
  invalid: [
    {
      code: "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_DB: app\n      POSTGRES_PASSWORD: password\n",
      ranges: ["6:26-6:34"],
      output:
        "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_DB: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n" +
        "    secrets:\n      - postgres_password\nsecrets:\n  postgres_password:\n    file: ./secrets/postgres_password.txt\n",
      applicability: "unsafe",
      messageIncludes: "POSTGRES_PASSWORD_FILE",
    },
    { code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      DATABASE_URL: postgresql://umami:umami@db:5432/umami\n", ranges: ["5:21-5:59"] },
    // postgres reads `_FILE` for its own POSTGRES_ variables only, not for PGPASSWORD: no mechanical fix.
    { code: "services:\n  db:\n    image: postgres:17\n    environment:\n      PGPASSWORD: hunter2\n", ranges: ["5:19-5:26"], messageIncludes: "${PGPASSWORD}" },
    // Django's and Rails' keys, RabbitMQ's and MySQL's short names.
    {
      code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      SECRET_KEY: django-insecure-abc\n      SECRET_KEY_BASE: 9f8e7d\n      RABBITMQ_DEFAULT_PASS: guest2\n      MYSQL_PWD: s3cr3t\n      PWD: /srv\n",
      ranges: ["5:19-5:38", "6:24-6:30", "7:30-7:36", "8:18-8:24"],
    },
    // Shared through an anchor: the secret would be mounted in one service only, so no fix.
    {
      code: "x-common: &common\n  image: postgres:16\n  environment: &env\n    POSTGRES_PASSWORD: hunter2\nservices:\n  db1: {<<: *common}\n  db2:\n    <<: *common\n    environment: {<<: *env, POSTGRES_USER: me}\n",
      ranges: ["4:24-4:31", "4:24-4:31"],
    },
    // A shared report's placeholders: the secret was written there, in a plain or block scalar, or in a URL.
    {
      code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      API_KEY: <redacted:SECRET_VALUE>\n      GITHUB_TOKEN: |\n        <redacted:GITHUB_TOKEN>\n",
      ranges: ["5:16-5:39", "6:21-7:32"],
      messageIncludes: "redacted when the report was shared",
    },
    { code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      DATABASE_URL: postgres://app:<redacted:URL_PASSWORD>@db/app\n", ranges: ["5:21-5:66"] },
    // List form, an image without `_FILE` support: no mechanical fix.
    { code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      - \"STRIPE_API_KEY=sk_live_abc123\"\n      - DEBUG=0\n", ranges: ["5:25-5:39"], messageIncludes: "${STRIPE_API_KEY}" },
  ],
});
