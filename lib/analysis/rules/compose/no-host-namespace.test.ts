import { testRule } from "../../testing/rule-tester";
import rule from "./no-host-namespace";

testRule(rule, {
  valid: ["services:\n  app:\n    image: acme/app:1.4\n    network_mode: \"service:vpn\"\n    pid: \"service:app2\"\n"],
  invalid: [
    { code: "services:\n  app:\n    image: acme/app:1.4\n    network_mode: host\n    pid: \"host\"\n", ranges: ["4:19-4:23", "5:10-5:16"], messageIncludes: "`app`" },
  ],
});
