import { testRule } from "../../testing/rule-tester";
import rule from "./no-undefined-reference";

testRule(rule, {
  valid: [
    "services:\n  api:\n    image: acme/api:1.8\n    depends_on:\n      db:\n        condition: service_healthy\n    links: [\"db:database\"]\n    networks: [backend, default]\n    volumes: [data:/data, ./src:/src, /cache]\n    configs: [{source: app, target: /etc/app}]\n  db:\n    image: postgres:17\n    extends: base\n  base:\n    image: postgres:17\nnetworks:\n  backend: {}\nvolumes:\n  data: {}\nconfigs:\n  app:\n    file: ./app.conf\n",
    // A fragment without top-level networks or volumes: another file that merges it may declare them.
    "services:\n  netdata:\n    image: netdata/netdata:v1\n    networks: [backend]\n    volumes: [netdata:/var/lib/netdata]\n",
    // Names from variables, a network mode that replaces the networks, extends from another file.
    "services:\n  api:\n    image: acme/api:1.8\n    depends_on: [\"${DB_SERVICE}\"]\n    network_mode: host\n    networks: [nowhere]\n    extends:\n      file: ./base.yaml\n      service: common\nnetworks:\n  backend: {}\n",
  ],
  invalid: [
    {
      code: "services:\n  api:\n    image: acme/api:1.8\n    depends_on: [databse]\n    networks: [backend]\n    volumes: [\"cache:/cache\"]\n    extends: bse\n  database:\n    image: postgres:17\nnetworks:\n  frontend: {}\nvolumes:\n  data: {}\n",
      ranges: ["4:18-4:25", "5:16-5:23", "6:15-6:29", "7:14-7:17"],
      messageIncludes: "the project does not define: Compose refuses to start anything",
    },
    // Overrides count: the override's service depends on one that neither file defines.
    {
      code: "services:\n  worker:\n    depends_on:\n      queue:\n        condition: service_started\n",
      path: "compose.override.yaml",
      files: { "compose.yaml": "services:\n  api:\n    image: acme/api:1.8\n" },
      ranges: ["4:7-4:12"],
      messageIncludes: "\"depends on undefined service\"",
    },
  ],
});
