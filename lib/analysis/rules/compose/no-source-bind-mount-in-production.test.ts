import { testRule } from "../../testing/rule-tester";
import rule from "./no-source-bind-mount-in-production";

testRule(rule, {
  valid: [
    // A development file may mount the working tree.
    { code: "services:\n  app:\n    build: .\n    volumes:\n      - .:/app\n", path: "docker-compose.yml" },
    { code: "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf\n      - ./public:/usr/share/nginx/html:ro\n      - data:/data\n", path: "compose.prod.yaml" },
    // Data, logs, certificates and settings kept on the host are state, not code.
    {
      code: "services:\n  db:\n    image: postgres:17\n    volumes:\n      - ./pgdata:/var/lib/postgresql/data\n      - ./backups:/backups\n  app:\n    image: acme/app:1.4\n    volumes:\n      - ./uploads:/app/public/uploads\n      - ./logs:/app/logs\n      - ./settings:/srv/settings\n      - ../shared:/etc/acme\n",
      path: "docker-compose.prod.yml",
    },
  ],
  invalid: [
    { code: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - .:/app\n      - ../lib/:/app/lib\n", path: "docker-compose.production.yml", ranges: ["5:9-5:15", "6:9-6:25"], messageIncludes: "`app`" },
    // A data-like target does not excuse the project itself.
    { code: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - ./:/data/app\n      - ./src:/srv/app/src\n", path: "compose.deploy.yaml", ranges: ["5:9-5:21", "6:9-6:27"] },
    // The prod overlay inherits the base file's mount: reported at the service in the prod file.
    {
      code: "services:\n  app:\n    image: acme/app:1.4\n    environment:\n      - NODE_ENV=production\n",
      path: "docker-compose.prod.yml",
      files: { "docker-compose.yml": "services:\n  app:\n    build: .\n    volumes:\n      - .:/app\n      - /app/node_modules\n" },
      ranges: ["2:3-2:6"],
      messageIncludes: "Merged with docker-compose.yml",
    },
  ],
});
