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
      messageIncludes: "lets environment files, private keys into the build context: they hold credentials that end up in an image layer. Add `.env*`, `**/*.pem`, `**/*.key`, `**/id_rsa*`, `**/id_ed25519*`.",
    },
    // Only the patterns still missing are named and added: `*.log` is there, `logs/app.log` is not covered by it.
    {
      code: complete.replace("logs\n", "").replace("**/*.pem\n", "*.pem\n"),
      ranges: ["1:1-1:1"],
      output: `${complete.replace("logs\n", "").replace("**/*.pem\n", "*.pem\n")}**/*.pem\nlogs\n`,
      messageIncludes: "lets private keys, log files into the build context: a key copied into an image is published with it. Add `**/*.pem`, `logs`.",
    },
    // `.env` alone leaves `.env.local` in the context.
    { code: `${complete.replace(".env*", ".env")}`, ranges: ["1:1-1:1"], output: `${complete.replace(".env*", ".env")}.env*\n` },
  ],
});
