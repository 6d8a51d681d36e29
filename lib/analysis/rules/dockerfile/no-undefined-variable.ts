import { argumentsSpan, keyValues, type Stage } from "../../dockerfile/model";
import { rootStage } from "../../dockerfile/stages";
import { PREDEFINED_ARGS, variableReferences } from "../../dockerfile/variables";
import { closestMatch } from "../../similar";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";

type Data =
  | { kind: "global-not-declared"; name: string; keyword: string; declare: TextEdit | undefined }
  | { kind: "typo"; name: string; keyword: string; suggestion: string };

/** Instructions whose variables Docker expands itself; RUN, CMD and ENTRYPOINT leave them to the shell at run time. */
const EXPANDED_BY_DOCKER = new Set(["ENV", "ARG", "LABEL", "COPY", "ADD", "WORKDIR", "USER", "EXPOSE", "VOLUME", "STOPSIGNAL"]);

/** Whether a RUN's script gives the variable a value itself (`NAME=…`, `for NAME in`, `read NAME`, `export NAME`). */
function scriptSets(script: string, name: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${name}=|\\b(for|read|export|local|declare|readonly)\\s+([^;&|\\n]*\\s)?${name}\\b`).test(script);
}

/** Official images define `<IMAGE>_VERSION`-style variables (NODE_VERSION, PYTHON_VERSION…) the stage inherits. */
function baseImageMayDefine(stage: Stage, name: string): boolean {
  const repository = rootStage(stage).base.image?.repository ?? "";
  const image = repository.replace(/^.*\//, "").toUpperCase().replace(/[^A-Z0-9]/g, "_");
  return image !== "" && name.startsWith(`${image}_`);
}

/** How many names, summed over a file's unknown references, may be compared with them to spot a misspelling. */
const TYPO_COMPARISONS = 500_000;

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-undefined-variable",
    aliases: ["UndefinedVar"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A variable is used where it is not defined.",
      whatItDoes:
        "In instructions Docker expands itself (`ENV`, `ARG`, `LABEL`, `COPY`, `ADD`, `WORKDIR`, `USER`, `EXPOSE`, " +
        "`VOLUME`, `STOPSIGNAL`), flags `$NAME` when NAME is a global ARG not re-declared in the stage, or when it is " +
        "undefined but one or two letters away from a defined variable. Other unknown names are left alone: the " +
        "base image may define them (`$PATH`, `$JAVA_HOME`). In a shell-form `RUN`, whose shell expands the variables, " +
        "only a global ARG is flagged, unless the script sets the name itself.",
      whyItMatters:
        "An `ARG` declared before the first `FROM` is only visible to `FROM` lines: inside a stage it is empty until " +
        "the stage says `ARG NAME` again. The instruction then silently uses an empty string (`COPY app-$VERSION.jar`).",
      example: "ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nCOPY build/app-${VERSION}.jar /app.jar\n",
      useInstead: "ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nARG VERSION\nCOPY build/app-${VERSION}.jar /app.jar\n",
      fixSafety:
        "Declaring the global ARG in the stage is offered as unsafe: the value changes from empty to the default, which " +
        "is almost certainly what was meant. Misspellings get no fix.",
      whenNotToUse: "When the base image defines a variable with the same name as one of your global ARGs, and you mean the image's value.",
    },
  },
  check({ model }, report) {
    // The global ARGs: what the first FROM sees, minus BuildKit's platform arguments.
    const globals = new Set([...(model.stages[0]?.from.scope.entries().keys() ?? [])].filter((name) => !PREDEFINED_ARGS.has(name)));
    // How many stages are built on each: the names a stage ends with go to them, taken over by an only one.
    const builtOn = new Map<Stage, number>();
    for (const stage of model.stages) if (stage.base.stage) builtOn.set(stage.base.stage, (builtOn.get(stage.base.stage) ?? 0) + 1);
    const inScopeAtEnd = new Map<Stage, Set<string>>();
    let comparisonsLeft = TYPO_COMPARISONS;
    for (const stage of model.stages) {
      const declared = new Set<string>();
      const afterFrom = model.rangeOf(stage.from.end + 1, stage.from.end + 1).start;
      // Names set by ARG or ENV so far in the stage's lineage, the current instruction's own included. A stage starts
      // with what its parent ended with: reading the whole lineage per stage made chains of stages quadratic.
      const parent = stage.base.stage;
      const inherited = parent && inScopeAtEnd.get(parent);
      const inScope = inherited && builtOn.get(parent) === 1 ? inherited : new Set(inherited || []);
      inScopeAtEnd.set(stage, inScope);
      for (const instruction of stage.instructions) {
        const { keyword } = instruction;
        if (keyword === "ARG" || keyword === "ENV") for (const { name } of keyValues(instruction)) inScope.add(name);
        // `argsText` first: splitting the arguments into words is only worth it when a variable is written.
        if (!instruction.argsText.includes("$")) continue;
        // A shell-form RUN gets the stage's ARGs as environment variables: a global one it does not see is empty there too.
        const shellRun = keyword === "RUN" && instruction.form === "shell";
        if (!EXPANDED_BY_DOCKER.has(keyword) && !shellRun) continue;
        const span = argumentsSpan(instruction);
        if (!span) continue;
        const text = model.text.slice(span.start, span.end);
        for (const reference of variableReferences(text)) {
          const { name, modifier } = reference;
          if (inScope.has(name) || PREDEFINED_ARGS.has(name) || modifier?.replace(":", "") === "-") continue;
          const referenceRange = model.rangeOf(span.start + reference.start, span.start + reference.end);
          if (globals.has(name)) {
            if (baseImageMayDefine(stage, name) || (shellRun && scriptSets(instruction.argsText, name))) continue;
            const declare = declared.has(name) ? undefined : { range: { start: afterFrom, end: afterFrom }, text: `ARG ${name}\n` };
            declared.add(name);
            report({ range: referenceRange, data: { kind: "global-not-declared", name, keyword, declare } });
            continue;
          }
          // In a RUN, any other name may come from the script, the shell or the base image.
          if (shellRun) continue;
          // Each unknown name is compared with every name in scope: past a budget, a file of thousands of them gets no
          // more "did you mean" (it took 3 s for 5,000 ENVs each reading the base image's $PATH).
          comparisonsLeft -= inScope.size + globals.size;
          if (comparisonsLeft < 0) continue;
          const suggestion = closestMatch(name, [...inScope, ...globals]);
          if (suggestion) report({ range: referenceRange, data: { kind: "typo", name, keyword, suggestion } });
        }
      }
    }
  },
  message: (data) =>
    data.kind === "global-not-declared"
      ? `\`${data.name}\` is a global ARG, which only \`FROM\` lines see: in this \`${data.keyword}\` it is empty. Declare \`ARG ${data.name}\` inside the stage to use its value.`
      : `\`${data.name}\` is not defined here, so this \`${data.keyword}\` gets an empty string. Did you mean \`${data.suggestion}\`?`,
  fix: (data) =>
    data.kind === "global-not-declared" && data.declare
      ? { title: `Declare ARG ${data.name} in this stage`, applicability: "unsafe", edits: [data.declare] }
      : undefined,
});
