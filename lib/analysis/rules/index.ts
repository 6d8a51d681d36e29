import avoidPackageUpgrade from "./dockerfile/avoid-package-upgrade";
import dockerfileSyntaxError from "./dockerfile/dockerfile-syntax-error";
import noAptListsLeft from "./dockerfile/no-apt-lists-left";
import noCredentialsInRun from "./dockerfile/no-credentials-in-run";
import noCurlPipeShell from "./dockerfile/no-curl-pipe-shell";
import noDeleteInLaterLayer from "./dockerfile/no-delete-in-later-layer";
import noBothCurlAndWget from "./dockerfile/no-both-curl-and-wget";
import noBuildToolsInFinalStage from "./dockerfile/no-build-tools-in-final-stage";
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
import noGoInstallsuffix from "./dockerfile/no-go-installsuffix";
import noHardcodedSecret from "./dockerfile/no-hardcoded-secret";
import noInlineIgnore from "./dockerfile/no-inline-ignore";
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
import noPointlessCommand from "./dockerfile/no-pointless-command";
import noRedundantTargetPlatform from "./dockerfile/no-redundant-target-platform";
import noReservedStageName from "./dockerfile/no-reserved-stage-name";
import noRootUser from "./dockerfile/no-root-user";
import noRpmCacheLeft from "./dockerfile/no-rpm-cache-left";
import noSecretArgInRun from "./dockerfile/no-secret-arg-in-run";
import noSecretsInArgEnv from "./dockerfile/no-secrets-in-arg-env";
import noSingleQuotedJson from "./dockerfile/no-single-quoted-json";
import noSourceCopyBeforeInstall from "./dockerfile/no-source-copy-before-install";
import noStalePackageIndex from "./dockerfile/no-stale-package-index";
import noSudo from "./dockerfile/no-sudo";
import noSystemDirectory from "./dockerfile/no-system-directory";
import noTlsDisabledEnv from "./dockerfile/no-tls-disabled-env";
import noTlsVerificationDisabled from "./dockerfile/no-tls-verification-disabled";
import noUnavailableHealthcheckTool from "./dockerfile/no-unavailable-healthcheck-tool";
import noUndefinedArgInFrom from "./dockerfile/no-undefined-arg-in-from";
import noUndefinedVariable from "./dockerfile/no-undefined-variable";
import noUnknownCopyFrom from "./dockerfile/no-unknown-copy-from";
import noUnknownFlag from "./dockerfile/no-unknown-flag";
import noUntaggedImage from "./dockerfile/no-untagged-image";
import noPeclFilesLeft from "./dockerfile/no-pecl-files-left";
import noYarnCacheLeft from "./dockerfile/no-yarn-cache-left";
import noUnverifiedPackages from "./dockerfile/no-unverified-packages";
import noUserPassword from "./dockerfile/no-user-password";
import pinBaseImageDigest from "./dockerfile/pin-base-image-digest";
import pinLanguagePackages from "./dockerfile/pin-language-packages";
import pinOsPackages from "./dockerfile/pin-os-packages";
import pinRemoteAdd from "./dockerfile/pin-remote-add";
import preferAddForLocalArchive from "./dockerfile/prefer-add-for-local-archive";
import preferAptGet from "./dockerfile/prefer-apt-get";
import preferCopy from "./dockerfile/prefer-copy";
import preferCopyLink from "./dockerfile/prefer-copy-link";
import preferMinimalBase from "./dockerfile/prefer-minimal-base";
import preferNamedStageReference from "./dockerfile/prefer-named-stage-reference";
import requireAssumeYes from "./dockerfile/require-assume-yes";
import preferCopyChown from "./dockerfile/prefer-copy-chown";
import preferWorkdir from "./dockerfile/prefer-workdir";
import requireDirectoryDestination from "./dockerfile/require-directory-destination";
import requireExplicitUid from "./dockerfile/require-explicit-uid";
import requireHealthcheck from "./dockerfile/require-healthcheck";
import requireHealthcheckTiming from "./dockerfile/require-healthcheck-timing";
import requireLabelSchema from "./dockerfile/require-label-schema";
import requireTrustedRegistry from "./dockerfile/require-trusted-registry";
import requireWorkdirForRelativeCopy from "./dockerfile/require-workdir-for-relative-copy";
import shellSyntaxError from "./dockerfile/shell-syntax-error";
import useApkNoCache from "./dockerfile/use-apk-no-cache";
import useApkVirtual from "./dockerfile/use-apk-virtual";
import useExecForm from "./dockerfile/use-exec-form";
import useFrozenLockfile from "./dockerfile/use-frozen-lockfile";
import noInvalidYaml from "./compose/no-invalid-yaml";
import noSchemaViolation from "./compose/no-schema-violation";
import noPrivileged from "./compose/no-privileged";
import noDockerSocketMount from "./compose/no-docker-socket-mount";
import noSensitiveHostMount from "./compose/no-sensitive-host-mount";
import requireNoNewPrivileges from "./compose/require-no-new-privileges";
import noCapAddAll from "./compose/no-cap-add-all";
import noCustomCgroupParent from "./compose/no-custom-cgroup-parent";
import noHostNamespace from "./compose/no-host-namespace";
import noSharedMountPropagation from "./compose/no-shared-mount-propagation";
import noUnconfinedSecurityOpt from "./compose/no-unconfined-security-opt";
import noHardcodedSecrets from "./compose/no-hardcoded-secrets";
import noReadOnlyWithoutTmpfs from "./compose/no-read-only-without-tmpfs";
import noWritableRootFilesystem from "./compose/no-writable-root-filesystem";
import pinServiceImage from "./compose/pin-service-image";
import noDuplicateHostPorts from "./compose/no-duplicate-host-ports";
import noPrivilegedHostPorts from "./compose/no-privileged-host-ports";
import noPublishedDatabasePort from "./compose/no-published-database-port";
import requireHostIpOnPorts from "./compose/require-host-ip-on-ports";
import noSharedVolumes from "./compose/no-shared-volumes";
import requireExplicitNetworks from "./compose/require-explicit-networks";
import useInternalBackendNetwork from "./compose/use-internal-backend-network";
import requireServiceHealthcheck from "./compose/require-service-healthcheck";
import useHealthyDependency from "./compose/use-healthy-dependency";
import requireLogRotation from "./compose/require-log-rotation";
import requirePidsLimit from "./compose/require-pids-limit";
import requireResourceLimits from "./compose/require-resource-limits";
import requireRestartPolicy from "./compose/require-restart-policy";
import noBuildAndImage from "./compose/no-build-and-image";
import noContainerNameWithReplicas from "./compose/no-container-name-with-replicas";
import noDuplicateContainerNames from "./compose/no-duplicate-container-names";
import noInvalidContainerName from "./compose/no-invalid-container-name";
import noInvalidInterpolation from "./compose/no-invalid-interpolation";
import noInterpolatedHash from "./compose/no-interpolated-hash";
import noObsoleteVersion from "./compose/no-obsolete-version";
import noSwarmOnlyDeployKeys from "./compose/no-swarm-only-deploy-keys";
import noDevelopmentSettingsInProduction from "./compose/no-development-settings-in-production";
import noSourceBindMountInProduction from "./compose/no-source-bind-mount-in-production";
import noQuotedVolumes from "./compose/no-quoted-volumes";
import preferServiceKeyOrder from "./compose/prefer-service-key-order";
import preferSortedDependsOn from "./compose/prefer-sorted-depends-on";
import preferSortedPorts from "./compose/prefer-sorted-ports";
import preferSortedServices from "./compose/prefer-sorted-services";
import preferTopLevelKeyOrder from "./compose/prefer-top-level-key-order";
import requireProjectName from "./compose/require-project-name";
import requireQuotedPorts from "./compose/require-quoted-ports";
import noIneffectiveDockerignorePattern from "./dockerignore/no-ineffective-dockerignore-pattern";
import requireDockerignoreEntries from "./dockerignore/require-dockerignore-entries";
import noCopyOfIgnoredFile from "./workspace/no-copy-of-ignored-file";
import requireDockerignore from "./workspace/require-dockerignore";
import unknownRuleInPragma from "./workspace/unknown-rule-in-pragma";
import noUndeclaredBuildArg from "./workspace/no-undeclared-build-arg";
import noUnexposedPublishedPort from "./workspace/no-unexposed-published-port";
import noUnknownBuildTarget from "./workspace/no-unknown-build-target";
import requireBuildArgValue from "./workspace/require-build-arg-value";
import requireBuildHealthcheck from "./workspace/require-build-healthcheck";
import noWaitOnMissingHealthcheck from "./workspace/no-wait-on-missing-healthcheck";
import requireInitProcess from "./workspace/require-init-process";
import noUndeclaredSecret from "./compose/no-undeclared-secret";
import noUndefinedReference from "./compose/no-undefined-reference";
import noUnusedSecret from "./compose/no-unused-secret";
import noHostPortWithReplicas from "./compose/no-host-port-with-replicas";
import requireCapDropAll from "./compose/require-cap-drop-all";
import useAbsoluteWorkdir from "./dockerfile/use-absolute-workdir";
import useCacheMount from "./dockerfile/use-cache-mount";
import useConsistentInstructionCasing from "./dockerfile/use-consistent-instruction-casing";
import useDefinitionDescription from "./dockerfile/use-definition-description";
import useExecInEntrypointScript from "./workspace/use-exec-in-entrypoint-script";
import useJsonShell from "./dockerfile/use-json-shell";
import useLowercaseDirective from "./dockerfile/use-lowercase-directive";
import useLowercaseExposeProtocol from "./dockerfile/use-lowercase-expose-protocol";
import useLowercaseStageName from "./dockerfile/use-lowercase-stage-name";
import useMatchingAsCasing from "./dockerfile/use-matching-as-casing";
import useMultiStageBuild from "./dockerfile/use-multi-stage-build";
import useNpmOmitDev from "./dockerfile/use-npm-omit-dev";
import useNoInstallRecommends from "./dockerfile/use-no-install-recommends";
import useNoLogInit from "./dockerfile/use-no-log-init";
import useNumericUser from "./dockerfile/use-numeric-user";
import usePipNoCacheDir from "./dockerfile/use-pip-no-cache-dir";
import usePipefail from "./dockerfile/use-pipefail";
import useShellInstruction from "./dockerfile/use-shell-instruction";
import useSshMount from "./dockerfile/use-ssh-mount";
import useSyntaxDirective from "./dockerfile/use-syntax-directive";
import useWgetProgress from "./dockerfile/use-wget-progress";
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
  requireAssumeYes,
  useNoInstallRecommends,
  preferAptGet,
  useApkNoCache,
  useApkVirtual,
  noRpmCacheLeft,
  usePipNoCacheDir,
  noPeclFilesLeft,
  noYarnCacheLeft,
  noStalePackageIndex,
  avoidPackageUpgrade,
  noDeleteInLaterLayer,
  preferCopy,
  noMaintainer,
  noInvalidYaml,
  noSchemaViolation,
  noPrivileged,
  noDockerSocketMount,
  noSensitiveHostMount,
  requireNoNewPrivileges,
  noCapAddAll,
  noCustomCgroupParent,
  noHostNamespace,
  noSharedMountPropagation,
  noUnconfinedSecurityOpt,
  noHardcodedSecrets,
  noReadOnlyWithoutTmpfs,
  noWritableRootFilesystem,
  pinServiceImage,
  noDuplicateHostPorts,
  noPrivilegedHostPorts,
  noPublishedDatabasePort,
  requireHostIpOnPorts,
  noSharedVolumes,
  requireExplicitNetworks,
  useInternalBackendNetwork,
  requireServiceHealthcheck,
  useHealthyDependency,
  requireLogRotation,
  requirePidsLimit,
  requireResourceLimits,
  requireRestartPolicy,
  noBuildAndImage,
  noContainerNameWithReplicas,
  noDuplicateContainerNames,
  noInvalidContainerName,
  noInvalidInterpolation,
  noInterpolatedHash,
  noObsoleteVersion,
  noSwarmOnlyDeployKeys,
  noDevelopmentSettingsInProduction,
  noSourceBindMountInProduction,
  noQuotedVolumes,
  preferServiceKeyOrder,
  preferSortedDependsOn,
  preferSortedPorts,
  preferSortedServices,
  preferTopLevelKeyOrder,
  requireProjectName,
  requireQuotedPorts,
  noIneffectiveDockerignorePattern,
  requireDockerignoreEntries,
  noCopyOfIgnoredFile,
  requireDockerignore,
  noUndeclaredBuildArg,
  noUnexposedPublishedPort,
  noUnknownBuildTarget,
  requireBuildArgValue,
  requireBuildHealthcheck,
  noWaitOnMissingHealthcheck,
  noUndeclaredSecret,
  noUndefinedReference,
  noUnusedSecret,
  noHostPortWithReplicas,
  requireCapDropAll,
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
  noInlineIgnore,
  useMultiStageBuild,
  noBuildToolsInFinalStage,
  preferMinimalBase,
  preferCopyLink,
  requireInitProcess,
  useExecInEntrypointScript,
  pinOsPackages,
  pinLanguagePackages,
  useFrozenLockfile,
  useNpmOmitDev,
  noGoInstallsuffix,
  noSourceCopyBeforeInstall,
  useCacheMount,
  preferAddForLocalArchive,
  noTlsVerificationDisabled,
  noUnverifiedPackages,
  noCurlPipeShell,
  noSecretArgInRun,
  useSshMount,
  noCredentialsInRun,
  noUserPassword,
  useNoLogInit,
  requireExplicitUid,
  preferCopyChown,
  preferWorkdir,
  noPointlessCommand,
  useWgetProgress,
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
