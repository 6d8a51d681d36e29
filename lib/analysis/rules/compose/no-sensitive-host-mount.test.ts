import { testRule } from "../../testing/rule-tester";
import rule from "./no-sensitive-host-mount";

testRule(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - /srv/www:/usr/share/nginx/html\n      - /var/run/docker.sock:/var/run/docker.sock\n",
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n",
    // The host's public CA certificates, read-only.
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /etc/ssl/certs:/etc/ssl/certs:ro\n",
  ],
  invalid: [
    { code: "services: {}\nvolumes:\n  hostetc:\n    driver: local\n    driver_opts:\n      type: none\n      o: bind\n      device: /etc\n", ranges: ["8:15-8:19"], messageIncludes: "This volume mounts the host's `/etc`" },
    // A user's credentials, and the CA certificates writable.
    {
      code: "services:\n  ci:\n    image: acme/ci:2\n    volumes:\n      - ~/.ssh:/root/.ssh:ro\n      - ${HOME}/.aws:/root/.aws\n      - /etc/ssl/certs:/etc/ssl/certs\n",
      ranges: ["5:9-5:29", "6:9-6:32", "7:9-7:38"],
    },
    { code: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - /:/host\n      - /proc:/host/proc:ro\n", ranges: ["5:9-5:16", "6:9-6:28"], messageIncludes: "host's" },
  ],
});
