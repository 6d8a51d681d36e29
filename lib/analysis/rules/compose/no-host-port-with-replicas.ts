import { rangeOf } from "../../compose/nodes";
import { ports, replicaCount } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; replicas: number; published: string }>({
  meta: {
    id: "no-host-port-with-replicas",
    aliases: ["compose-replicas-fixed-port"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A service with several replicas publishes a fixed host port.",
      whatItDoes:
        "Flags single published host ports (`\"80:3000\"`) on services whose `deploy.replicas` or `scale` is above 1 " +
        "in the merged project.",
      whyItMatters:
        "Only one container can bind a host port. With `docker compose up`, the second replica fails with \"port is " +
        "already allocated\"; only Swarm's routing mesh can share one published port between replicas.",
      example: "services:\n  app:\n    image: acme/app:1.4\n    ports: [\"80:3000\"]\n    deploy:\n      replicas: 3\n",
      useInstead: "services:\n  app:\n    image: acme/app:1.4\n    expose: [\"3000\"]\n    deploy:\n      replicas: 3\n  proxy:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n",
      fixSafety: "No fix: put a load balancer in front, or publish a port range with one port per replica.",
      whenNotToUse: "Files deployed only with `docker stack deploy`, where the routing mesh shares the port.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      const replicas = replicaCount(project, service.name);
      if (replicas <= 1) continue;
      for (const port of ports(service)) {
        if (port.published && /^\d+$/.test(port.published)) report({ range: rangeOf(file.lines, port.node), data: { service: service.name, replicas, published: port.published } });
      }
    }
  },
  message: ({ service, replicas, published }) =>
    `\`${service}\` runs ${replicas} replicas but publishes the fixed host port ${published}: only one container can bind it, so the others fail with "port is already allocated". Put a proxy in front and publish only the proxy.`,
});
