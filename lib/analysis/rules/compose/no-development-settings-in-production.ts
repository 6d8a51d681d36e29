import { rangeOf, text } from "../../compose/nodes";
import { environment, serviceEntry } from "../../compose/query";
import type { Range } from "../../types";
import { defineComposeRule } from "../types";

/** Environment values that switch frameworks into development mode. */
const DEV_ENVIRONMENT: Array<{ name: RegExp; value: RegExp }> = [
  { name: /^(NODE_ENV|RAILS_ENV|RACK_ENV|APP_ENV|ENVIRONMENT|ENV|FLASK_ENV|DJANGO_ENV|SYMFONY_ENV|ASPNETCORE_ENVIRONMENT|GO_ENV|MIX_ENV)$/i, value: /^(dev|develop|development|local)$/i },
  { name: /^(DEBUG|FLASK_DEBUG|APP_DEBUG|DJANGO_DEBUG)$/i, value: /^(1|true|yes|on)$/i },
];
/** Commands that start a development server with reloading. */
const DEV_COMMAND = /(--reload\b|\bnpm run dev\b|\byarn dev\b|\bpnpm dev\b|\bnodemon\b|\brunserver\b|\bflask run\b.*--debug|--debug(?![\w=-])|--debug=(true|1)\b|\bnext dev\b|\bvite\b(?! build))/;

type Data = { service: string; setting: string };

export default defineComposeRule<Data>({
  meta: {
    id: "no-development-settings-in-production",
    aliases: ["compose-prod-dev-settings"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A production compose file switches a service into development mode.",
      whatItDoes:
        "In files named for production, flags `NODE_ENV=development` (and the same for Rails, Flask, Django, " +
        "ASP.NET…), `DEBUG=true`, and commands that start reloading development servers (`--reload`, `npm run dev`, `nodemon`).",
      whyItMatters:
        "Development modes print stack traces and configuration to visitors, disable caches and optimisations, and " +
        "reload code from disk. In production that is a data leak and a slowdown.",
      example: "==> docker-compose.prod.yml <==\nservices:\n  app:\n    image: acme/app:1.4\n    environment:\n      - NODE_ENV=development\n",
      useInstead: "==> docker-compose.prod.yml <==\nservices:\n  app:\n    image: acme/app:1.4\n    environment:\n      - NODE_ENV=production\n",
      fixSafety: "No fix: the production value differs per framework.",
      whenNotToUse: "Staging files that are named `prod` by accident; rename them.",
    },
  },
  check({ file, project }, report) {
    if (!project.production) return;
    for (const service of file.services) {
      const found: Array<{ range: Range; data: Data }> = [];
      for (const variable of environment(service)) {
        if (variable.value && DEV_ENVIRONMENT.some(({ name, value }) => name.test(variable.name) && value.test(variable.value!.trim()))) {
          found.push({ range: variable.valueRange ?? variable.nameRange, data: { service: service.name, setting: `${variable.name}=${variable.value}` } });
        }
      }
      const command = serviceEntry(service, "command");
      const commandText = command?.value && (text(command.value) ?? JSON.stringify(command.value.toJSON()));
      if (commandText && DEV_COMMAND.test(commandText)) found.push({ range: rangeOf(file.lines, command!.value), data: { service: service.name, setting: `command: ${commandText}` } });
      for (const detection of found) report(detection);
    }
  },
  message: ({ service, setting }) =>
    `\`${setting}\` puts \`${service}\` in development mode in a production file: stack traces and settings leak to users, and caches and optimisations are off. Use the production setting.`,
});
