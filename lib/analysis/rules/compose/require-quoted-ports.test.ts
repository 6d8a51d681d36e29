import { testRule } from "../../testing/rule-tester";
import rule from "./require-quoted-ports";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n      - '443:443'\n      - target: 8080\n"],
  invalid: [
    {
      code: "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 22:22 # ssh\n      - 8080\n    expose: [9000]\n",
      ranges: ["5:9-5:14", "6:9-6:13", "7:14-7:18"],
      output: "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"22:22\" # ssh\n      - \"8080\"\n    expose: [\"9000\"]\n",
      applicability: "safe",
    },
  ],
});
