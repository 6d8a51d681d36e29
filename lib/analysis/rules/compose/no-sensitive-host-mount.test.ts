import { testRule } from "../../testing/rule-tester";
import rule from "./no-sensitive-host-mount";

testRule(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - /srv/www:/usr/share/nginx/html\n      - /var/run/docker.sock:/var/run/docker.sock\n",
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n",
  ],
  invalid: [
    { code: "services: {}\nvolumes:\n  hostetc:\n    driver: local\n    driver_opts:\n      type: none\n      o: bind\n      device: /etc\n", ranges: ["8:15-8:19"], messageIncludes: "This volume mounts the host's `/etc`" },
    { code: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - /:/host\n      - /proc:/host/proc:ro\n", ranges: ["5:9-5:16", "6:9-6:28"], messageIncludes: "host's" },
  ],
});
