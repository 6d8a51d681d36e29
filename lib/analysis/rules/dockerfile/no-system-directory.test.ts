import { testRule } from "../../testing/rule-tester";
import rule from "./no-system-directory";

testRule(rule, {
  valid: ["FROM alpine:3.20\nWORKDIR /srv/app\nVOLUME /data /var/lib/devices\n", "FROM alpine:3.20\nWORKDIR /boot-app\nVOLUME /boot\n"],
  invalid: [
    { code: "FROM alpine:3.20\nWORKDIR /proc/app\n", ranges: ["2:9-2:18"], messageIncludes: "`/proc`" },
    { code: 'FROM alpine:3.20\nVOLUME ["/data", "/dev/"]\nVOLUME /sys\n', ranges: ["2:18-2:25", "3:8-3:12"] },
  ],
});
