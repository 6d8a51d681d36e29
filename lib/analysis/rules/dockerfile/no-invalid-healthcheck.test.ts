import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-healthcheck";

testRule(rule, {
  valid: [
    "FROM nginx:1.27\nHEALTHCHECK --interval=1m30s --timeout=3s --start-period=0 --start-interval=500ms --retries=3 CMD curl -f http://localhost/\n",
    "FROM nginx:1.27\nHEALTHCHECK NONE\n",
    "FROM nginx:1.27\nHEALTHCHECK --interval=$INTERVAL CMD true\n",
  ],
  invalid: [
    {
      code: "FROM nginx:1.27\nHEALTHCHECK --interval=30 --timeout=10us --retries=0 --wait=1s CMD true\n",
      ranges: ["2:24-2:26", "2:37-2:41", "2:52-2:53", "2:56-2:60"],
    },
    { code: "FROM nginx:1.27\nHEALTHCHECK CMD\nHEALTHCHECK NONE now\nHEALTHCHECK RUN true\n", ranges: ["2:13-2:16", "3:13-3:17", "4:13-4:16"] },
    { code: "FROM nginx:1.27\nHEALTHCHECK --interval=5sec CMD true\n", ranges: ["2:24-2:28"], messageIncludes: "`--interval=5sec`" },
  ],
});
