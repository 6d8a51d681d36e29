import { testRule } from "../../testing/rule-tester";
import rule from "./no-obsolete-version";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    environment:\n      version: 3\n"],
  invalid: [
    // In a flow mapping the key shares its line with the rest of the file: removing the line would empty it, so no fix.
    { code: '{version: "3.8", services: {web: {image: "nginx:1.27.3"}}}\n', ranges: ["1:2-1:9"] },
    { code: "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n", ranges: ["1:1-1:8"], output: "services:\n  web:\n    image: nginx:1.27\n", applicability: "safe", messageIncludes: "3.8" },
    { code: "# app stack\r\nservices: {}\r\nversion: '2'", ranges: ["3:1-3:8"], output: "# app stack\r\nservices: {}\r\n" },
    // A Swarm stack: docker stack deploy before Docker 25 needs the key, so removing it is unsafe.
    {
      code: "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n",
      ranges: ["1:1-1:8"],
      output: "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n",
      applicability: "unsafe",
      messageIncludes: "Docker 25",
    },
    { code: "version: \"3.8\"\nservices: {}\n", path: "docker-stack.yml", ranges: ["1:1-1:8"], output: "services: {}\n", applicability: "unsafe" },
  ],
});
