import { testRule } from "../../testing/rule-tester";
import rule from "./no-published-database-port";

testRule(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:17\n    ports:\n      - \"127.0.0.1:5432:5432\"\n  web:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n",
    "services:\n  db:\n    image: mysql:8.4\n    expose:\n      - \"3306\"\n",
    // Bound to an address of the host's own choosing (a VPN), not to every interface.
    "services:\n  db:\n    image: postgres:17\n    ports:\n      - \"10.8.0.1:5432:5432\"\n",
  ],
  invalid: [
    {
      code: "services:\n  db:\n    image: postgres:17\n    ports:\n      - \"5432:5432\"\n  cache:\n    image: docker.io/library/redis:7-alpine\n    ports: [6379:6379, {target: 6379, published: 6380}]\n",
      ranges: ["5:9-5:20", "8:13-8:22", "8:24-8:55"],
      output: "services:\n  db:\n    image: postgres:17\n    ports:\n      - \"127.0.0.1:5432:5432\"\n  cache:\n    image: docker.io/library/redis:7-alpine\n    ports: [127.0.0.1:6379:6379, {target: 6379, published: 6380}]\n",
      applicability: "unsafe",
      messageIncludes: "every interface",
    },
    { code: "services:\n  db:\n    image: mongo:8\n    ports:\n      - 0.0.0.0:27017:27017\n", ranges: ["5:9-5:28"] },
    // Bitnami's names, and a container port alone, which Docker publishes on a random host port of every interface.
    {
      code: "services:\n  db:\n    image: bitnami/postgresql:16\n    ports: [\"5432:5432\"]\n  sql:\n    image: mariadb:11\n    ports: [\"3306\"]\n",
      ranges: ["4:13-4:24", "7:13-7:19"],
      output: "services:\n  db:\n    image: bitnami/postgresql:16\n    ports: [\"127.0.0.1:5432:5432\"]\n  sql:\n    image: mariadb:11\n    ports: [\"127.0.0.1::3306\"]\n",
      messageIncludes: "publishes port",
    },
    { code: "services:\n  sql:\n    image: mariadb:11\n    ports: [3306]\n", ranges: ["4:13-4:17"], messageIncludes: "port 3306 on a random host port" },
  ],
});
