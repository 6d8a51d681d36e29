import { testRule } from "../../testing/rule-tester";
import rule from "./no-sudo";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends sudo\n",
    "FROM debian:12-slim\nRUN echo sudo is not used here\n",
    "FROM debian:12-slim\nRUN [\"echo\", \"sudo\"]\n",
  ],
  invalid: [
    { code: "FROM debian:12-slim\nUSER 1000\nRUN sudo apt-get update\n", ranges: ["3:5-3:9"], messageIncludes: "`sudo apt-get`" },
    { code: "FROM debian:12-slim\nRUN make && sudo -u app make install\n", ranges: ["2:13-2:17"], messageIncludes: "`sudo make`" },
    { code: "FROM debian:12-slim\nRUN sh -c \"sudo chown app /srv\"\n", ranges: ["2:12-2:16"], messageIncludes: "`sudo chown`" },
  ],
});
