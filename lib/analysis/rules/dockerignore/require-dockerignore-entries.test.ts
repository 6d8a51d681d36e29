import { testRule } from "../../testing/rule-tester";
import rule from "./require-dockerignore-entries";

const complete = ".git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\nnode_modules\n*.log\nlogs\n";

testRule(rule, {
  valid: [
    complete,
    "# Everything but the app\n**\n!src\n!package.json\n",
    // The production .env is let back in on purpose (the build reads it).
    "*\n!.env.production\n!src\n",
  ],
  invalid: [
    {
      code: "node_modules\n.git\n*.log\nlogs",
      ranges: ["1:1-1:1"],
      output: "node_modules\n.git\n*.log\nlogs\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\n",
      applicability: "unsafe",
      messageIncludes: "environment files (`.env*`), private keys (`**/*.pem`)",
    },
    // `.env` alone leaves `.env.local` in the context.
    { code: `${complete.replace(".env*", ".env")}`, ranges: ["1:1-1:1"], output: `${complete.replace(".env*", ".env")}.env*\n` },
  ],
});
