import { testRule } from "../../testing/rule-tester";
import rule from "./no-source-bind-mount-in-production";

testRule(rule, {
  valid: [
    // A development file may mount the working tree.
    { code: "services:\n  app:\n    build: .\n    volumes:\n      - .:/app\n", path: "docker-compose.yml" },
    { code: "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf\n      - ./public:/usr/share/nginx/html:ro\n      - data:/data\n", path: "compose.prod.yaml" },
  ],
  invalid: [
    { code: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - .:/app\n      - ../lib/:/app/lib\n", path: "docker-compose.production.yml", ranges: ["5:9-5:15", "6:9-6:25"], messageIncludes: "`app`" },
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
