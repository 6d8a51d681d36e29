import { testRule } from "../../testing/rule-tester";
import rule from "./require-explicit-networks";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    networks: [front]\n  vpn:\n    image: acme/vpn:1\n    network_mode: host\nnetworks:\n  front: {}\n"],
  invalid: [{ code: "services:\n  web:\n    image: nginx:1.27\n", ranges: ["2:3-2:6"] }],
});
