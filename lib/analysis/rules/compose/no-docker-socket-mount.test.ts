import { testRule } from "../../testing/rule-tester";
import rule from "./no-docker-socket-mount";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - data:/data\nvolumes:\n  data: {}\n"],
  invalid: [
    { code: "services:\n  ui:\n    image: portainer/portainer-ce:2.21.4\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n", ranges: ["5:9-5:53"], messageIncludes: "/var/run/docker.sock" },
    {
      code: "services:\n  ci:\n    image: acme/runner:3\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n",
      ranges: ["5:9-7:37"],
    },
  ],
});
