import { testRule } from "../../testing/rule-tester";
import rule from "./no-duplicate-host-ports";

testRule(rule, {
  valid: [
    // Services of profiles that never run together may publish the same port.
    "services:\n  ollama-cpu:\n    image: ollama/ollama:0.5.7\n    profiles: [cpu]\n    ports: [\"11434:11434\"]\n  ollama-gpu:\n    image: ollama/ollama:0.5.7\n    profiles: [gpu]\n    ports: [\"11434:11434\"]\n",
    // Other protocols, and two different addresses, do not collide.
    "services:\n  a:\n    image: x:1\n    ports: [\"8080:80\", \"53:53/udp\", \"127.0.0.1:9000:80\"]\n  b:\n    image: y:1\n    ports: [\"8081:80\", \"53:53/tcp\", \"127.0.0.2:9000:80\"]\n",
    // An override that replaces the list (`!override`), or a service that never runs (`scale: 0`).
    {
      code: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: !override [\"8081:3000\"]\n",
      path: "compose.override.yaml",
      files: { "compose.yaml": "services:\n  api:\n    image: acme/api:1.8\n    ports: [\"8080:3000\"]\n" },
    },
    "services:\n  base:\n    image: acme/api:1.8\n    ports: [\"8080:3000\"]\n    scale: 0\n  api:\n    extends: base\n    scale: 1\n",
    // A file beside the base file that shares none of its services may be a separate example, not an overlay.
    {
      code: "services:\n  ghost:\n    image: ghost:5\n    ports: [\"80:2368\"]\n",
      path: "compose-ghost.yml",
      files: { "docker-compose.yml": "services:\n  jekyll:\n    image: bretfisher/jekyll-serve\n    ports: [\"80:4000\"]\n" },
    },
  ],
  invalid: [
    // Through `extends`, the service gets the ports of the one it extends, which runs too.
    {
      code: "services:\n  api:\n    image: acme/api:1.8\n    ports: [\"8080:3000\"]\n  worker:\n    extends: api\n    command: worker\n",
      ranges: ["4:13-4:24"],
      messageIncludes: "`worker` publishes host port 8080 (through `extends: api`), which `api` already publishes",
    },
    // An override adds a port the base file's other service publishes: reported in the override only.
    {
      code: "services:\n  web:\n    ports: [\"127.0.0.1:8080:80\"]\n",
      path: "compose.override.yaml",
      files: { "compose.yaml": "services:\n  web:\n    image: nginx:1.27\n  api:\n    image: acme/api:1.8\n    ports: [\"8080:3000\"]\n" },
      ranges: ["3:13-3:32"],
      messageIncludes: "which `api` already publishes",
    },
    // One service, one host port, two container ports; the same mapping twice is no clash.
    { code: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\", \"8080:80\", \"8080:81\"]\n", ranges: ["4:35-4:44"], messageIncludes: "which it already publishes" },
    // A port published on every address is taken on each of them, IPv4 and IPv6.
    {
      code: "services:\n  dns:\n    image: coredns/coredns:1.11.3\n    ports: [\"53:53/udp\"]\n  cache:\n    image: acme/dns-cache:2\n    ports: [\"127.0.0.1:53:53/udp\"]\n  web:\n    image: nginx:1.27\n    ports: [\"127.0.0.2:8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: [\"[::]:8080:3000\"]\n",
      ranges: ["7:13-7:34", "13:13-13:29"],
    },
    { code: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8000-8002:80\"]\n  api:\n    image: acme/api:1.8\n    ports:\n      - published: 8001\n        target: 3000\n", ranges: ["8:9-9:21"], messageIncludes: "`web`" },
  ],
});
