import dockerfileSyntaxError from "./dockerfile/dockerfile-syntax-error";
import noAptListsLeft from "./dockerfile/no-apt-lists-left";
import noDeleteInLaterLayer from "./dockerfile/no-delete-in-later-layer";
import noLatestTag from "./dockerfile/no-latest-tag";
import noMaintainer from "./dockerfile/no-maintainer";
import noRootUser from "./dockerfile/no-root-user";
import noUntaggedImage from "./dockerfile/no-untagged-image";
import preferCopy from "./dockerfile/prefer-copy";
import shellSyntaxError from "./dockerfile/shell-syntax-error";
import useExecForm from "./dockerfile/use-exec-form";
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
import requireHealthcheck from "./compose/require-healthcheck";
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
import noUndeclaredSecret from "./compose/no-undeclared-secret";
import noUnusedSecret from "./compose/no-unused-secret";
import noHostPortWithReplicas from "./compose/no-host-port-with-replicas";
import requireCapDropAll from "./compose/require-cap-drop-all";
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
  requireHealthcheck,
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
  noUndeclaredSecret,
  noUnusedSecret,
  noHostPortWithReplicas,
  requireCapDropAll,
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
