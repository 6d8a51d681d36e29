import noAptListsLeft from "./dockerfile/no-apt-lists-left";
import noLatestTag from "./dockerfile/no-latest-tag";
import noMaintainer from "./dockerfile/no-maintainer";
import noRootUser from "./dockerfile/no-root-user";
import noUntaggedImage from "./dockerfile/no-untagged-image";
import preferCopy from "./dockerfile/prefer-copy";
import useExecForm from "./dockerfile/use-exec-form";
import noDuplicateStageName from "./dockerfile/no-duplicate-stage-name";
import noReservedStageName from "./dockerfile/no-reserved-stage-name";
import noInvalidStageName from "./dockerfile/no-invalid-stage-name";
import useLowercaseStageName from "./dockerfile/use-lowercase-stage-name";
import useMatchingAsCasing from "./dockerfile/use-matching-as-casing";
import noConstantPlatform from "./dockerfile/no-constant-platform";
import noRedundantTargetPlatform from "./dockerfile/no-redundant-target-platform";
import noInstructionBeforeFrom from "./dockerfile/no-instruction-before-from";
import noInvalidOnbuild from "./dockerfile/no-invalid-onbuild";
import noCopyFromOwnStage from "./dockerfile/no-copy-from-own-stage";
import noUnknownCopyFrom from "./dockerfile/no-unknown-copy-from";
import preferNamedStageReference from "./dockerfile/prefer-named-stage-reference";
import requireDirectoryDestination from "./dockerfile/require-directory-destination";
import requireWorkdirForRelativeCopy from "./dockerfile/require-workdir-for-relative-copy";
import noCopyRootFilesystem from "./dockerfile/no-copy-root-filesystem";
import pinRemoteAdd from "./dockerfile/pin-remote-add";
import noCopyOutsideContext from "./dockerfile/no-copy-outside-context";
import noInvalidExpose from "./dockerfile/no-invalid-expose";
import noExposeHostMapping from "./dockerfile/no-expose-host-mapping";
import useLowercaseExposeProtocol from "./dockerfile/use-lowercase-expose-protocol";
import noExposeSsh from "./dockerfile/no-expose-ssh";
import useAbsoluteWorkdir from "./dockerfile/use-absolute-workdir";
import noSystemDirectory from "./dockerfile/no-system-directory";
import noDockerSocketVolume from "./dockerfile/no-docker-socket-volume";
import noOverriddenInstruction from "./dockerfile/no-overridden-instruction";
import noSecretsInArgEnv from "./dockerfile/no-secrets-in-arg-env";
import noHardcodedSecret from "./dockerfile/no-hardcoded-secret";
import noTlsDisabledEnv from "./dockerfile/no-tls-disabled-env";
import noEnvSelfReference from "./dockerfile/no-env-self-reference";
import noLegacyKeyValue from "./dockerfile/no-legacy-key-value";
import noInvalidLabelKey from "./dockerfile/no-invalid-label-key";
import requireLabelSchema from "./dockerfile/require-label-schema";
import noUndefinedArgInFrom from "./dockerfile/no-undefined-arg-in-from";
import noInvalidDefaultArgInFrom from "./dockerfile/no-invalid-default-arg-in-from";
import requireTrustedRegistry from "./dockerfile/require-trusted-registry";
import requireHealthcheck from "./dockerfile/require-healthcheck";
import noInvalidHealthcheck from "./dockerfile/no-invalid-healthcheck";
import noUnavailableHealthcheckTool from "./dockerfile/no-unavailable-healthcheck-tool";
import useSyntaxDirective from "./dockerfile/use-syntax-directive";
import useConsistentInstructionCasing from "./dockerfile/use-consistent-instruction-casing";
import noConsecutiveRun from "./dockerfile/no-consecutive-run";
import useNumericUser from "./dockerfile/use-numeric-user";
import usePipefail from "./dockerfile/use-pipefail";
import useShellInstruction from "./dockerfile/use-shell-instruction";
import noBothCurlAndWget from "./dockerfile/no-both-curl-and-wget";
import noSingleQuotedJson from "./dockerfile/no-single-quoted-json";
import noInvalidStopsignal from "./dockerfile/no-invalid-stopsignal";
import useJsonShell from "./dockerfile/use-json-shell";
import useLowercaseDirective from "./dockerfile/use-lowercase-directive";
import noEmptyContinuation from "./dockerfile/no-empty-continuation";
import pinBaseImageDigest from "./dockerfile/pin-base-image-digest";
import noCredentialFileCopy from "./dockerfile/no-credential-file-copy";
import noUndefinedVariable from "./dockerfile/no-undefined-variable";
import noUnknownInstruction from "./dockerfile/no-unknown-instruction";
import noUnknownFlag from "./dockerfile/no-unknown-flag";
import noInvalidEscapeDirective from "./dockerfile/no-invalid-escape-directive";
import requireHealthcheckTiming from "./dockerfile/require-healthcheck-timing";
import useDefinitionDescription from "./dockerfile/use-definition-description";
import noInvalidImageReference from "./dockerfile/no-invalid-image-reference";
import noInvalidFlagValue from "./dockerfile/no-invalid-flag-value";
import noInvalidKeyValueSyntax from "./dockerfile/no-invalid-key-value-syntax";
import noCredentialEnvFileCopy from "./dockerfile/no-credential-env-file-copy";
import type { Rule } from "./types";

/** Every rule, in the order their findings are reported for the same position. */
export const RULES: readonly Rule[] = [
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
  noUnknownInstruction,
  noUnknownFlag,
  noInvalidEscapeDirective,
  requireHealthcheckTiming,
  useDefinitionDescription,
  noInvalidImageReference,
  noInvalidFlagValue,
  noInvalidKeyValueSyntax,
  noCredentialEnvFileCopy,
];

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  for (const name of [rule.meta.id, ...rule.meta.aliases]) byName.set(name.toLowerCase(), rule);
}

/** Finds a rule by its id or any alias (hadolint code, build-check name…), case-insensitively. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.trim().toLowerCase());
}
