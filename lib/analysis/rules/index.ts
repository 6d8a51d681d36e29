import dockerfileSyntaxError from "./dockerfile/dockerfile-syntax-error";
import noAptListsLeft from "./dockerfile/no-apt-lists-left";
import noBothCurlAndWget from "./dockerfile/no-both-curl-and-wget";
import noConsecutiveRun from "./dockerfile/no-consecutive-run";
import noConstantPlatform from "./dockerfile/no-constant-platform";
import noCopyFromOwnStage from "./dockerfile/no-copy-from-own-stage";
import noCopyOutsideContext from "./dockerfile/no-copy-outside-context";
import noCopyRootFilesystem from "./dockerfile/no-copy-root-filesystem";
import noCredentialEnvFileCopy from "./dockerfile/no-credential-env-file-copy";
import noCredentialFileCopy from "./dockerfile/no-credential-file-copy";
import noDockerSocketVolume from "./dockerfile/no-docker-socket-volume";
import noDuplicateStageName from "./dockerfile/no-duplicate-stage-name";
import noEmptyContinuation from "./dockerfile/no-empty-continuation";
import noEnvSelfReference from "./dockerfile/no-env-self-reference";
import noExposeHostMapping from "./dockerfile/no-expose-host-mapping";
import noExposeSsh from "./dockerfile/no-expose-ssh";
import noHardcodedSecret from "./dockerfile/no-hardcoded-secret";
import noInstructionBeforeFrom from "./dockerfile/no-instruction-before-from";
import noInvalidDefaultArgInFrom from "./dockerfile/no-invalid-default-arg-in-from";
import noInvalidEscapeDirective from "./dockerfile/no-invalid-escape-directive";
import noInvalidExpose from "./dockerfile/no-invalid-expose";
import noInvalidFlagValue from "./dockerfile/no-invalid-flag-value";
import noInvalidHealthcheck from "./dockerfile/no-invalid-healthcheck";
import noInvalidKeyValueSyntax from "./dockerfile/no-invalid-key-value-syntax";
import noInvalidImageReference from "./dockerfile/no-invalid-image-reference";
import noInvalidLabelKey from "./dockerfile/no-invalid-label-key";
import noInvalidOnbuild from "./dockerfile/no-invalid-onbuild";
import noInvalidStageName from "./dockerfile/no-invalid-stage-name";
import noInvalidStopsignal from "./dockerfile/no-invalid-stopsignal";
import noLatestTag from "./dockerfile/no-latest-tag";
import noLegacyKeyValue from "./dockerfile/no-legacy-key-value";
import noMaintainer from "./dockerfile/no-maintainer";
import noOverriddenInstruction from "./dockerfile/no-overridden-instruction";
import noRedundantTargetPlatform from "./dockerfile/no-redundant-target-platform";
import noReservedStageName from "./dockerfile/no-reserved-stage-name";
import noRootUser from "./dockerfile/no-root-user";
import noSecretsInArgEnv from "./dockerfile/no-secrets-in-arg-env";
import noSingleQuotedJson from "./dockerfile/no-single-quoted-json";
import noSudo from "./dockerfile/no-sudo";
import noSystemDirectory from "./dockerfile/no-system-directory";
import noTlsDisabledEnv from "./dockerfile/no-tls-disabled-env";
import noUnavailableHealthcheckTool from "./dockerfile/no-unavailable-healthcheck-tool";
import noUndefinedArgInFrom from "./dockerfile/no-undefined-arg-in-from";
import noUndefinedVariable from "./dockerfile/no-undefined-variable";
import noUnknownCopyFrom from "./dockerfile/no-unknown-copy-from";
import noUnknownFlag from "./dockerfile/no-unknown-flag";
import noUntaggedImage from "./dockerfile/no-untagged-image";
import pinBaseImageDigest from "./dockerfile/pin-base-image-digest";
import pinRemoteAdd from "./dockerfile/pin-remote-add";
import preferCopy from "./dockerfile/prefer-copy";
import preferNamedStageReference from "./dockerfile/prefer-named-stage-reference";
import requireDirectoryDestination from "./dockerfile/require-directory-destination";
import requireHealthcheck from "./dockerfile/require-healthcheck";
import requireHealthcheckTiming from "./dockerfile/require-healthcheck-timing";
import requireLabelSchema from "./dockerfile/require-label-schema";
import requireTrustedRegistry from "./dockerfile/require-trusted-registry";
import requireWorkdirForRelativeCopy from "./dockerfile/require-workdir-for-relative-copy";
import shellSyntaxError from "./dockerfile/shell-syntax-error";
import unknownRuleInPragma from "./dockerfile/unknown-rule-in-pragma";
import useAbsoluteWorkdir from "./dockerfile/use-absolute-workdir";
import useConsistentInstructionCasing from "./dockerfile/use-consistent-instruction-casing";
import useDefinitionDescription from "./dockerfile/use-definition-description";
import useExecForm from "./dockerfile/use-exec-form";
import useJsonShell from "./dockerfile/use-json-shell";
import useLowercaseDirective from "./dockerfile/use-lowercase-directive";
import useLowercaseExposeProtocol from "./dockerfile/use-lowercase-expose-protocol";
import useLowercaseStageName from "./dockerfile/use-lowercase-stage-name";
import useMatchingAsCasing from "./dockerfile/use-matching-as-casing";
import useNumericUser from "./dockerfile/use-numeric-user";
import usePipefail from "./dockerfile/use-pipefail";
import useShellInstruction from "./dockerfile/use-shell-instruction";
import useSyntaxDirective from "./dockerfile/use-syntax-directive";
import { isExternalRuleName } from "./names";
import type { Rule } from "./types";

/** The engine's own checks (syntax, pragmas): not best practices, so they are named for what they report. */
export const ENGINE_RULES: readonly Rule[] = [dockerfileSyntaxError, shellSyntaxError, unknownRuleInPragma];

/** Every rule, in the order their findings are reported for the same position. */
export const RULES: readonly Rule[] = [
  ...ENGINE_RULES,
  noLatestTag,
  noUntaggedImage,
  noRootUser,
  useExecForm,
  noAptListsLeft,
  preferCopy,
  noMaintainer,
  noDuplicateStageName,
  noReservedStageName,
  noInvalidStageName,
  useLowercaseStageName,
  useMatchingAsCasing,
  noConstantPlatform,
  noRedundantTargetPlatform,
  noInstructionBeforeFrom,
  noInvalidOnbuild,
  noCopyFromOwnStage,
  noUnknownCopyFrom,
  preferNamedStageReference,
  requireDirectoryDestination,
  requireWorkdirForRelativeCopy,
  noCopyRootFilesystem,
  pinRemoteAdd,
  noCopyOutsideContext,
  noInvalidExpose,
  noExposeHostMapping,
  useLowercaseExposeProtocol,
  noExposeSsh,
  useAbsoluteWorkdir,
  noSystemDirectory,
  noDockerSocketVolume,
  noOverriddenInstruction,
  noSecretsInArgEnv,
  noHardcodedSecret,
  noTlsDisabledEnv,
  noEnvSelfReference,
  noLegacyKeyValue,
  noInvalidLabelKey,
  requireLabelSchema,
  noUndefinedArgInFrom,
  noInvalidDefaultArgInFrom,
  requireTrustedRegistry,
  requireHealthcheck,
  noInvalidHealthcheck,
  noUnavailableHealthcheckTool,
  useSyntaxDirective,
  useConsistentInstructionCasing,
  noConsecutiveRun,
  useNumericUser,
  usePipefail,
  useShellInstruction,
  noBothCurlAndWget,
  noSingleQuotedJson,
  noInvalidStopsignal,
  useJsonShell,
  useLowercaseDirective,
  noEmptyContinuation,
  pinBaseImageDigest,
  noCredentialFileCopy,
  noUndefinedVariable,
  noUnknownFlag,
  noInvalidEscapeDirective,
  requireHealthcheckTiming,
  useDefinitionDescription,
  noInvalidImageReference,
  noInvalidFlagValue,
  noInvalidKeyValueSyntax,
  noCredentialEnvFileCopy,
  noSudo,
];

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  for (const name of [rule.meta.id, ...rule.meta.aliases]) byName.set(name.toLowerCase(), rule);
}

/** Finds a rule by its id or any alias (hadolint code, build-check name…), case-insensitively. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** True for our rule names and for the names other tools use (hadolint, ShellCheck, BuildKit checks). */
export function isKnownRuleName(name: string): boolean {
  return findRule(name) !== undefined || isExternalRuleName(name.trim());
}
