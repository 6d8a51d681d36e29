import { PROGRAMS, type ProgramSpec } from "./specs";

export interface OptionInfo {
  /** The first name listed for the option: `-y` for `--yes` and `--assume-yes` too. */
  canonical: string;
  takesValue: boolean;
}

export interface CompiledSpec {
  global: Map<string, OptionInfo>;
  /** Subcommand (any alias) → canonical subcommand name. */
  subcommandNames: Map<string, string>;
  subcommands: Map<string, Map<string, OptionInfo>>;
  /** Options of every subcommand, for options written before the subcommand. */
  anySubcommand: Map<string, OptionInfo>;
  singleDashLong: boolean;
}

function compileOptions(list: string, into = new Map<string, OptionInfo>()): Map<string, OptionInfo> {
  for (const group of list.split(/\s+/)) {
    if (!group) continue;
    const names = group.split("|");
    const takesValue = names.some((name) => name.endsWith("="));
    const clean = names.map((name) => name.replace(/=$/, ""));
    for (const name of clean) into.set(name, { canonical: clean[0]!, takesValue });
  }
  return into;
}

function compile(spec: ProgramSpec): CompiledSpec {
  const subcommandNames = new Map<string, string>();
  const subcommands = new Map<string, Map<string, OptionInfo>>();
  const anySubcommand = new Map<string, OptionInfo>();
  for (const [names, options] of Object.entries(spec.subcommands ?? {})) {
    const aliases = names.split("|");
    for (const alias of aliases) subcommandNames.set(alias, aliases[0]!);
    subcommands.set(aliases[0]!, compileOptions(options));
    compileOptions(options, anySubcommand);
  }
  return { global: compileOptions(spec.options), subcommandNames, subcommands, anySubcommand, singleDashLong: spec.singleDashLong ?? false };
}

const compiled = new Map<string, CompiledSpec>();

/** The compiled option table of a program (see specs.ts), or undefined for programs not described. */
export function specOf(program: string): CompiledSpec | undefined {
  const cached = compiled.get(program);
  if (cached) return cached;
  const spec = PROGRAMS[program];
  if (!spec) return undefined;
  const result = compile(spec);
  compiled.set(program, result);
  return result;
}

/** Looks an option up: the subcommand's options, then the program's, then (before the subcommand) any subcommand's. */
export function lookupOption(spec: CompiledSpec | undefined, subcommand: string | undefined, name: string): OptionInfo | undefined {
  if (!spec) return undefined;
  return (subcommand ? spec.subcommands.get(subcommand)?.get(name) : undefined)
    ?? spec.global.get(name)
    ?? (subcommand ? undefined : spec.anySubcommand.get(name));
}
