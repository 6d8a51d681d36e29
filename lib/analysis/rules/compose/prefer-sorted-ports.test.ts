import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-sorted-ports";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\", \"127.0.0.1:443:443\", \"8080\"]\n"],
  invalid: [{ code: "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"443:443\"\n      - \"80:80\"\n", ranges: ["6:9-6:16"], messageIncludes: "`80:80` comes after `443:443`" }],
});
