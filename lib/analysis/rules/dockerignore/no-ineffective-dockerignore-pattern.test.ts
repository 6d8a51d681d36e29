import { testRule } from "../../testing/rule-tester";
import rule from "./no-ineffective-dockerignore-pattern";

testRule(rule, {
  valid: ["node_modules\n*.md\n!README.md\n", "docs\n!docs/keep.md\n", "node_modules\nnode_modules/.cache\n!node_modules/.cache/x\n"],
  invalid: [
    { code: ".git\nnode_modules\n.git\n", ranges: ["3:1-3:5"], output: ".git\nnode_modules\n", applicability: "safe", messageIncludes: "repeats line 1" },
    { code: "node_modules\nnode_modules/.cache\ndist", ranges: ["2:1-2:20"], output: "node_modules\ndist", messageIncludes: "already excluded by `node_modules`" },
    { code: "!config/app.conf\nconfig\n", ranges: ["1:1-1:17"], messageIncludes: "no earlier line excludes" },
    { code: "[abc\n!\n", ranges: ["1:1-1:5", "2:1-2:2"], messageIncludes: "not a valid pattern" },
  ],
});
