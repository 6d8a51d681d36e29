import { testRule } from "../../testing/rule-tester";
import rule from "./no-quoted-volumes";

testRule(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/html\n      - \"./my dir #1:/data\"\n",
    // Bare in a flow sequence, the comma would end the value: `z` would become a volume of its own.
    "services:\n  web:\n    image: nginx:1.27\n    volumes: [\"./data:/data:ro,z\", ./b:/b]\n",
  ],
  invalid: [
    {
      code: "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - \"./html:/html:ro\"\n      - 'data:/data'\n",
      ranges: ["5:9-5:26", "6:9-6:21"],
      output: "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/html:ro\n      - data:/data\n",
    },
  ],
});
