import { testRule } from "../../testing/rule-tester";
import rule from "./no-docker-socket-volume";

testRule(rule, {
  valid: ["FROM docker:27-cli\nVOLUME /var/lib/docker\n"],
  invalid: [
    { code: "FROM docker:27-cli\nVOLUME /var/run/docker.sock\n", ranges: ["2:8-2:28"], messageIncludes: "`VOLUME /var/run/docker.sock`" },
    { code: 'FROM docker:27-cli\nVOLUME ["/data", "/run/docker.sock"]\n', ranges: ["2:18-2:36"] },
  ],
});
