import { testRule } from "../../testing/rule-tester";
import rule from "./no-duplicate-host-ports";

testRule(rule, {
  valid: [
    // Services of profiles that never run together may publish the same port.
    "services:\n  ollama-cpu:\n    image: ollama/ollama:0.5.7\n    profiles: [cpu]\n    ports: [\"11434:11434\"]\n  ollama-gpu:\n    image: ollama/ollama:0.5.7\n    profiles: [gpu]\n    ports: [\"11434:11434\"]\n",
    // Other protocols, and two different addresses, do not collide.
    "services:\n  a:\n    image: x:1\n    ports: [\"8080:80\", \"53:53/udp\", \"127.0.0.1:9000:80\"]\n  b:\n    image: y:1\n    ports: [\"8081:80\", \"53:53/tcp\", \"127.0.0.2:9000:80\"]\n",
  ],
  invalid: [
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
