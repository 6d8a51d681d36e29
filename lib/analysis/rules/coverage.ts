/**
 * Coverage of the peer tools' Dockerfile checks: every Dockerfile row of the research catalogue (Docker build checks,
 * Trivy, Checkov, KICS, Semgrep, dockerfile-utils, dockerfilelint, Dockle), every hadolint rule, and the
 * Dockerfile practices no peer checks. Rows were copied from `shared/research/catalogue.md` and
 * `shared/research/hadolint.md` (snapshots of 2026-08); `docs/coverage.md` is generated from this file by
 * `npx tsx scripts/generate-coverage.ts`.
 *
 * A row without a status is resolved through rule aliases (a hadolint code, or any of the row's peer ids);
 * otherwise it says which rule covers it, or why it is planned or not applicable.
 */

export interface CoverageRow {
  source: "catalogue" | "hadolint" | "practice";
  /** The catalogue's "Our id", the hadolint code, or the practice's proposed id. */
  id: string;
  section: string;
  summary: string;
  /** The peers' ids for the check (catalogue rows). */
  peers: string[];
  /** The hadolint rule the catalogue lists for reference (catalogue rows). */
  hadolint?: string;
  rule?: string;
  /** What the rule does not (yet) cover of the row. */
  note?: string;
  planned?: string;
  notApplicable?: string;
}

export const COVERAGE: readonly CoverageRow[] = [
  { source: "catalogue", id: "user-missing", section: "security", summary: "No `USER` instruction at all (final stage runs as root by default); Semgrep variant: no `USER` before `CMD`/`ENTRYPOINT`.", peers: ["DS-0002", "CKV_DOCKER_3", "Missing User Instruction", "missing-user", "missing-user-entrypoint", "CIS-DI-0001"], rule: "no-root-user" },
  { source: "catalogue", id: "last-user-not-root", section: "security", summary: "Last `USER` of the final stage is `root`/`0`.", hadolint: "DL3002", peers: ["DS-0002", "CKV_DOCKER_8", "Last User Is 'root'", "last-user-is-root", "CIS-DI-0001"], rule: "no-root-user" },
  { source: "catalogue", id: "no-sudo", section: "security", summary: "`sudo` used in `RUN` (unpredictable TTY/signal behaviour; use gosu/su-exec or USER).", hadolint: "DL3004", peers: ["DS-0010", "CKV2_DOCKER_1", "Run Using Sudo", "no-sudo-in-dockerfile", "sudo_usage", "DKL-DI-0001"] },
  { source: "catalogue", id: "no-expose-ssh-port", section: "security", summary: "`EXPOSE 22` (SSH daemon in container).", peers: ["DS-0004", "CKV_DOCKER_1", "Exposing Port 22 (SSH)"] },
  { source: "catalogue", id: "prefer-copy-over-add", section: "security", summary: "`ADD` used for plain local files (auto-extraction / URL fetch surprises); use `COPY`.", hadolint: "DL3020", peers: ["DS-0005", "CKV_DOCKER_4", "Add Instead of Copy", "prefer-copy-over-add", "CIS-DI-0009"] },
  { source: "catalogue", id: "add-remote-url", section: "security", summary: "`ADD <http(s)://\u2026>` used to fetch remote content; use curl/wget in a `RUN` (and delete in same layer) or pin with `ADD --checksum`.", peers: ["Curl or Wget Instead of Add"] },
  { source: "catalogue", id: "curl-insecure-tls", section: "security", summary: "`curl -k` / `--insecure` disables certificate validation.", peers: ["CKV2_DOCKER_2"] },
  { source: "catalogue", id: "wget-no-check-certificate", section: "security", summary: "`wget --no-check-certificate`.", peers: ["CKV2_DOCKER_3"] },
  { source: "catalogue", id: "pip-tls-verify-disabled", section: "security", summary: "pip certificate validation disabled via `--trusted-host` flag or `PIP_TRUSTED_HOST` env.", peers: ["CKV2_DOCKER_4", "CKV2_DOCKER_16"], rule: "no-tls-disabled-env", note: "`PIP_TRUSTED_HOST` in ENV/ARG is covered here; the `pip --trusted-host` flag in RUN by `no-tls-verification-disabled`." },
  { source: "catalogue", id: "npm-strict-ssl-disabled", section: "security", summary: "npm/yarn `config set strict-ssl false` or `NPM_CONFIG_STRICT_SSL=false`.", peers: ["CKV2_DOCKER_13", "CKV2_DOCKER_12"], rule: "no-tls-disabled-env", note: "`NPM_CONFIG_STRICT_SSL=false` in ENV/ARG is covered here; `npm config set strict-ssl false` in RUN by `no-tls-verification-disabled`." },
  { source: "catalogue", id: "python-https-verify-disabled", section: "security", summary: "`ENV PYTHONHTTPSVERIFY=0`.", peers: ["CKV2_DOCKER_5"] },
  { source: "catalogue", id: "node-tls-reject-unauthorized", section: "security", summary: "`ENV NODE_TLS_REJECT_UNAUTHORIZED=0`.", peers: ["CKV2_DOCKER_6"] },
  { source: "catalogue", id: "git-ssl-no-verify", section: "security", summary: "`GIT_SSL_NO_VERIFY` set to any value.", peers: ["CKV2_DOCKER_14"], rule: "no-tls-disabled-env", note: "The ENV/ARG form is covered here; `git -c http.sslVerify=false` and `git config http.sslVerify false` in RUN by `no-tls-verification-disabled`." },
  { source: "catalogue", id: "yum-sslverify-disabled", section: "security", summary: "yum/dnf configured with `sslverify=false` (e.g. `yum-config-manager --setopt=sslverify=false`).", peers: ["CKV2_DOCKER_15"] },
  { source: "catalogue", id: "apk-allow-untrusted", section: "security", summary: "`apk add --allow-untrusted` (unsigned packages).", peers: ["CKV2_DOCKER_7"] },
  { source: "catalogue", id: "apt-allow-unauthenticated", section: "security", summary: "`apt-get --allow-unauthenticated`.", peers: ["CKV2_DOCKER_8"] },
  { source: "catalogue", id: "apt-force-yes", section: "security", summary: "`apt-get --force-yes` (disables signature checks, allows downgrades).", peers: ["CKV2_DOCKER_11"] },
  { source: "catalogue", id: "rpm-gpg-check-disabled", section: "security", summary: "`--nogpgcheck` with yum/dnf/tdnf.", peers: ["CKV2_DOCKER_9"] },
  { source: "catalogue", id: "rpm-signature-check-disabled", section: "security", summary: "`rpm --nodigest/--nosignature/--noverify/--nofiledigest`.", peers: ["CKV2_DOCKER_10"] },
  { source: "catalogue", id: "workdir-not-system-dir", section: "security", summary: "`WORKDIR` under `/proc`, `/boot`, `/dev`, `/initrd`, `/lost+found`.", peers: ["DS-0030"] },
  { source: "catalogue", id: "volume-not-system-dir", section: "security", summary: "`VOLUME` on `/dev`, `/proc`, `/sys`.", peers: ["DKL-DI-0002"] },
  { source: "catalogue", id: "volume-docker-socket", section: "security", summary: "`VOLUME /var/run/docker.sock` declared in the Dockerfile (rule also matches compose `volumes:`).", peers: ["dockerfile-dockerd-socket-mount"] },
  { source: "catalogue", id: "vulnerable-package-version", section: "security", summary: "Explicitly installs a known-vulnerable package version (OpenSSL 3.0.0\u20133.0.5).", peers: ["Vulnerable OpenSSL Version"], notApplicable: "Matching package versions against CVEs is an image scanner's job (Trivy, Grype); a hard-coded OpenSSL range goes stale." },
  { source: "catalogue", id: "chown-flag-usage", section: "security", summary: "KICS flags *any* `COPY/ADD --chown` (argues for permission-only). **Conflicts with the blog practice** (`--chown` to a non-root UID); we should invert it (see gap `run-chown-after-copy`).", peers: ["Chown Flag Exists"], notApplicable: "Contradicts current Docker guidance: `COPY --chown=<uid>:<gid>` is the recommended way to give a non-root user its files. The inverse check (`RUN chown -R` after `COPY`) is `prefer-copy-chown`." },
  { source: "catalogue", id: "no-secrets-in-arg-env", section: "secrets", summary: "`ARG`/`ENV` (KICS: also `LABEL`) whose key looks like a secret (password/token/key/secret/auth/credential\u2026); BuildKit allow-lists `*_FILE`, `*_VERSION`, `PUBLIC_*`; Trivy matches a list of well-known names (AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, OPENAI_API_KEY\u2026, also with VITE_/REACT_APP_ prefixes) in the final stage. Fix advice everywhere: `RUN --mount=type=secret`.", hadolint: "DL3064", peers: ["SecretsUsedInArgOrEnv", "DS-0031", "Secrets Stored In Dockerfile", "secret-in-build-arg", "CIS-DI-0010"] },
  { source: "catalogue", id: "secret-file-env-copied", section: "secrets", summary: "`ENV GOOGLE_APPLICATION_CREDENTIALS/AWS_CONFIG_FILE/HF_TOKEN_PATH=<path>` whose file is `COPY`'d into the image, or `COPY $SECRET_FILE_ENV`.", peers: ["DS-0031"], rule: "no-credential-env-file-copy" },
  { source: "catalogue", id: "no-copy-secret-files", section: "secrets", summary: "Credential files (id_rsa, *.pem, credentials.json, .env\u2026) copied into the image. Dockle finds them in image layers; the Dockerfile-level proxy is `COPY/ADD` of such names.", peers: ["DS-0031", "CIS-DI-0010"], rule: "no-credential-file-copy" },
  { source: "catalogue", id: "credential-setup-in-run", section: "secrets", summary: "`RUN` that configures credentials (e.g. `aws configure set aws_secret_access_key \u2026`) without `--mount=type=secret`.", peers: ["DS-0031"], rule: "no-credentials-in-run" },
  { source: "catalogue", id: "no-chpasswd", section: "secrets", summary: "`chpasswd` used to set/remove passwords in the image.", peers: ["CKV2_DOCKER_17"] },
  { source: "catalogue", id: "hardcoded-secret-literal", section: "secrets", summary: "Regex/entropy detection of secret *values* (keys, tokens, passwords) anywhere in Dockerfile or compose file (incl. `environment:`).", peers: ["Passwords And Secrets"], rule: "no-hardcoded-secret" },
  { source: "catalogue", id: "from-tag-required", section: "base image & pinning", summary: "`FROM image` with no tag/digest (implicit `latest`). Trivy/Checkov treat untagged as latest.", hadolint: "DL3006", peers: ["DS-0001", "CKV_DOCKER_7", "Image Version Not Explicit", "missing-image-version", "missing_tag"] },
  { source: "catalogue", id: "from-no-latest", section: "base image & pinning", summary: "`FROM image:latest`.", hadolint: "DL3007", peers: ["DS-0001", "CKV_DOCKER_7", "Image Version Using 'latest'", "avoid-latest-version", "latest_tag", "DKL-DI-0006"] },
  { source: "catalogue", id: "from-pin-digest", section: "base image & pinning", summary: "`FROM` not pinned to `@sha256:` digest (reproducibility/supply chain; audit-level).", peers: ["dockerfile-source-not-pinned"], rule: "pin-base-image-digest" },
  { source: "catalogue", id: "from-platform-flag", section: "base image & pinning", summary: "`FROM --platform=\u2026` usage. BuildKit only flags *constant* values (should be `$BUILDPLATFORM`/`$TARGETPLATFORM`); KICS/Semgrep flag any `--platform`.", hadolint: "DL3029", peers: ["FromPlatformFlagConstDisallowed", "Using Platform Flag with FROM Command", "avoid-platform-with-from"] },
  { source: "catalogue", id: "redundant-target-platform", section: "base image & pinning", summary: "`FROM --platform=$TARGETPLATFORM` is the default, so redundant.", hadolint: "DL3065", peers: ["RedundantTargetPlatform"] },
  { source: "catalogue", id: "base-image-platform-mismatch", section: "base image & pinning", summary: "Pulled base image platform differs from target platform (needs registry metadata; no docs page).", peers: ["InvalidBaseImagePlatform"], notApplicable: "Needs the base image's manifest from the registry; a review of the text cannot see it." },
  { source: "catalogue", id: "from-arg-declared", section: "base image & pinning", summary: "`FROM $VAR` uses an ARG not declared before the first `FROM` (with did-you-mean).", peers: ["UndefinedArgInFrom"] },
  { source: "catalogue", id: "from-arg-default-valid", section: "base image & pinning", summary: "Global ARG default yields an empty/invalid base image name.", peers: ["InvalidDefaultArgInFrom", "baseNameEmpty"] },
  { source: "catalogue", id: "pin-apt-packages", section: "base image & pinning", summary: "`apt-get install pkg` without `pkg=version`.", hadolint: "DL3008", peers: ["Apt Get Install Pin Version Not Defined"] },
  { source: "catalogue", id: "pin-apk-packages", section: "base image & pinning", summary: "`apk add pkg` without `pkg=version`.", hadolint: "DL3018", peers: ["Unpinned Package Version in Apk Add"] },
  { source: "catalogue", id: "pin-pip-packages", section: "base image & pinning", summary: "`pip install pkg` without `==version` (or `-r` lockfile).", hadolint: "DL3013", peers: ["Unpinned Package Version in Pip Install"] },
  { source: "catalogue", id: "pin-npm-packages", section: "base image & pinning", summary: "`npm install pkg` without `@version`.", hadolint: "DL3016", peers: ["NPM Install Command Without Pinned Version"] },
  { source: "catalogue", id: "pin-gem-packages", section: "base image & pinning", summary: "`gem install gem` without `:version`.", hadolint: "DL3028", peers: ["Gem Install Without Version"] },
  { source: "catalogue", id: "pin-yum-packages", section: "base image & pinning", summary: "`yum install pkg` without `-version`.", hadolint: "DL3033", peers: ["Yum install Without Version"] },
  { source: "catalogue", id: "pin-dnf-packages", section: "base image & pinning", summary: "`dnf install pkg` without `-version`.", hadolint: "DL3041", peers: ["Missing Version Specification In dnf install"] },
  { source: "catalogue", id: "pin-zypper-packages", section: "base image & pinning", summary: "`zypper install pkg` without version.", hadolint: "DL3037", peers: ["Zypper Install Without Version"] },
  { source: "catalogue", id: "avoid-pkg-upgrade", section: "base image & pinning", summary: "Whole-distro upgrades in the build: `apt-get upgrade/dist-upgrade`, `apk upgrade`, `yum/dnf/zypper update`. NB: Docker's docs dropped the 'never upgrade' advice and Trivy deprecated DS-0024 \u2014 ship as info/off by default.", hadolint: "DL3035", peers: ["DS-0024", "Run Using Upgrade Commands", "Run Using dnf Update", "Use of Apk Upgrade", "Yum Update Enabled", "Run Using Zypper Update", "avoid-apt-get-upgrade", "avoid-apk-upgrade", "avoid-dnf-update", "avoid-yum-update", "avoid-zypper-update", "apt-get-upgrade", "apt-get-dist-upgrade", "DKL-DI-0003"] },
  { source: "catalogue", id: "apt-no-install-recommends", section: "size & cleanup", summary: "`apt-get install` without `--no-install-recommends`.", hadolint: "DL3015", peers: ["DS-0029", "APT-GET Not Avoiding Additional Packages", "missing-no-install-recommends", "apt-get_recommends"] },
  { source: "catalogue", id: "apt-lists-cleanup", section: "size & cleanup", summary: "`apt-get update/install` without `rm -rf /var/lib/apt/lists/*` in the same `RUN`.", hadolint: "DL3009", peers: ["Apt Get Install Lists Were Not Deleted", "remove-package-lists", "apt-get_missing_rm", "DKL-DI-0005"] },
  { source: "catalogue", id: "apt-get-clean", section: "size & cleanup", summary: "`apt-get clean` missing after install (package archive cache).", peers: ["remove-package-cache", "DKL-DI-0005"], notApplicable: "Official Debian and Ubuntu images already run `apt-get clean` after every install (`/etc/apt/apt.conf.d/docker-clean`); the lists cleanup (`no-apt-lists-left`) is what saves space." },
  { source: "catalogue", id: "apk-no-cache", section: "size & cleanup", summary: "`apk add` without `--no-cache` (or `--update` + `rm /var/cache/apk/*`).", hadolint: "DL3019", peers: ["DS-0025", "Apk Add Using Local Cache Path", "missing-apk-no-cache", "apkadd-missing_nocache_or_updaterm", "DKL-DI-0004"] },
  { source: "catalogue", id: "apk-virtual-build-deps", section: "size & cleanup", summary: "`apk add` + `apk del` in one RUN without `--virtual`/`-t` group.", peers: ["apkadd-missing-virtual"] },
  { source: "catalogue", id: "yum-clean-all", section: "size & cleanup", summary: "`yum install` without `yum clean all`.", hadolint: "DL3032", peers: ["DS-0015", "Yum Clean All Missing", "missing-yum-clean-all"] },
  { source: "catalogue", id: "dnf-clean-all", section: "size & cleanup", summary: "`dnf install` without `dnf clean all`.", hadolint: "DL3040", peers: ["DS-0019", "Missing Dnf Clean All", "missing-dnf-clean-all"] },
  { source: "catalogue", id: "microdnf-clean-all", section: "size & cleanup", summary: "`microdnf install` without `microdnf clean all`.", peers: ["DS-0027"] },
  { source: "catalogue", id: "zypper-clean", section: "size & cleanup", summary: "`zypper install` without `zypper clean`.", hadolint: "DL3036", peers: ["DS-0020", "Missing Zypper Clean", "missing-zypper-clean"] },
  { source: "catalogue", id: "pip-no-cache-dir", section: "size & cleanup", summary: "`pip install` without `--no-cache-dir`.", hadolint: "DL3042", peers: ["Pip install Keeping Cached Packages", "missing-pip-no-cache-dir"] },
  { source: "catalogue", id: "single-http-client", section: "size & cleanup", summary: "Both `curl` and `wget` used/installed.", hadolint: "DL4001", peers: ["DS-0014", "Run Using 'wget' and 'curl'", "use-either-wget-or-curl"] },
  { source: "catalogue", id: "pkg-update-with-install", section: "cache/layer order", summary: "`<pm> update` in its own `RUN` without the install in the same `RUN` (stale cached index layer).", peers: ["DS-0017", "CKV_DOCKER_5", "Update Instruction Alone", "apt-get-update_require_install", "CIS-DI-0007"], note: "apt and apk (yum, dnf and zypper refresh expired metadata themselves)." },
  { source: "catalogue", id: "pkg-install-with-update", section: "cache/layer order", summary: "`<pm> install` not preceded by `<pm> update` in the same `RUN` (relies on a cached index layer).", peers: ["Upgrade Instruction Alone"], note: "Reported when an earlier `RUN` of the stage or its parents updated the index; an index left by the base image is unknown and not reported." },
  { source: "catalogue", id: "consolidate-consecutive-layers", section: "cache/layer order", summary: "Consecutive `RUN`/`ADD`/`COPY` that could be merged (COPY/ADD only when same destination).", hadolint: "DL3059", peers: ["Multiple RUN, ADD, COPY, Instructions Listed"] },
  { source: "catalogue", id: "exec-form-cmd-entrypoint", section: "signals & process", summary: "Shell-form `CMD`/`ENTRYPOINT` (process is a child of `/bin/sh -c`, does not receive SIGTERM).", hadolint: "DL3025", peers: ["JSONArgsRecommended", "Not Using JSON In CMD And ENTRYPOINT Arguments", "prefer-json-notation"] },
  { source: "catalogue", id: "json-form-double-quotes", section: "signals & process", summary: "JSON-array form written with single quotes (silently becomes shell form).", peers: ["instructionJSONInSingleQuotes"], rule: "no-single-quoted-json" },
  { source: "catalogue", id: "stopsignal-valid", section: "signals & process", summary: "Invalid `STOPSIGNAL` value.", peers: ["invalidStopSignal"], rule: "no-invalid-stopsignal" },
  { source: "catalogue", id: "healthcheck-missing", section: "healthcheck", summary: "No `HEALTHCHECK` in the image.", hadolint: "DL3057", peers: ["DS-0026", "CKV_DOCKER_2", "Healthcheck Instruction Missing", "CIS-DI-0006"] },
  { source: "catalogue", id: "no-multiple-healthcheck", section: "healthcheck", summary: "More than one `HEALTHCHECK` in a stage (only last applies).", hadolint: "DL3012", peers: ["MultipleInstructionsDisallowed", "DS-0023", "instructionMultiple"] },
  { source: "catalogue", id: "healthcheck-flags-valid", section: "healthcheck", summary: "Bad `--interval/--timeout/--start-period` durations (missing/unknown unit, <1ms), `--retries` <1 or non-numeric, option without value.", peers: ["flagInvalidDuration", "flagMissingDuration", "flagUnknownUnit", "flagLessThan1ms", "flagAtLeastOne", "invalidSyntax", "healthcheck_options_missing_args"] },
  { source: "catalogue", id: "healthcheck-syntax-valid", section: "healthcheck", summary: "`HEALTHCHECK CMD` with no command, `NONE` with arguments, type other than CMD/NONE.", peers: ["healthcheckCmdArgumentMissing", "healthcheckTypeUnknown", "instructionUnnecessaryArgument"], rule: "no-invalid-healthcheck" },
  { source: "catalogue", id: "no-multiple-cmd", section: "correctness/syntax", summary: "More than one `CMD` per stage (only last applies).", hadolint: "DL4003", peers: ["MultipleInstructionsDisallowed", "DS-0016", "Multiple CMD Instructions Listed", "multiple-cmd-instructions", "instructionMultiple"] },
  { source: "catalogue", id: "no-multiple-entrypoint", section: "correctness/syntax", summary: "More than one `ENTRYPOINT` per stage.", hadolint: "DL4004", peers: ["MultipleInstructionsDisallowed", "DS-0007", "Multiple ENTRYPOINT Instructions Listed", "multiple-entrypoint-instructions", "instructionMultiple"] },
  { source: "catalogue", id: "no-empty-continuation", section: "correctness/syntax", summary: "Empty line inside a `\\`-continued instruction (future error).", peers: ["NoEmptyContinuation", "emptyContinuationLine"], rule: "no-empty-continuation" },
  { source: "catalogue", id: "unique-stage-names", section: "correctness/syntax", summary: "Two `FROM \u2026 AS name` with the same name.", hadolint: "DL3024", peers: ["DuplicateStageName", "DS-0012", "CKV_DOCKER_11", "Same Alias In Different Froms", "alias-must-be-unique", "duplicateBuildStageName"] },
  { source: "catalogue", id: "no-reserved-stage-name", section: "correctness/syntax", summary: "Stage named `scratch` or `context`.", hadolint: "DL3063", peers: ["ReservedStageName"] },
  { source: "catalogue", id: "stage-name-valid", section: "correctness/syntax", summary: "Stage name starts with a digit or has illegal characters.", peers: ["invalidBuildStageName"], rule: "no-invalid-stage-name" },
  { source: "catalogue", id: "copy-from-not-self", section: "correctness/syntax", summary: "`COPY --from=<current stage>`.", hadolint: "DL3023", peers: ["DS-0006", "COPY '--from' References Current FROM Alias", "copy-from-own-alias"] },
  { source: "catalogue", id: "copy-from-named-stage", section: "correctness/syntax", summary: "`COPY --from=<numeric index>` instead of a named stage (brittle when stages are reordered).", hadolint: "DL3022", peers: ["Using Unnamed Build Stages"], rule: "prefer-named-stage-reference" },
  { source: "catalogue", id: "copy-multi-src-dest-dir", section: "correctness/syntax", summary: "`COPY/ADD` with several sources (or wildcard) whose destination does not end with `/`.", hadolint: "DL3021", peers: ["DS-0011", "Copy With More Than Two Arguments Not Ending With Slash", "invalidDestination", "add_dest_invalid"] },
  { source: "catalogue", id: "copy-ignored-file", section: "correctness/syntax", summary: "`COPY/ADD` of a path excluded by `.dockerignore` (build will fail).", peers: ["CopyIgnoredFile"] },
  { source: "catalogue", id: "copy-src-outside-context", section: "correctness/syntax", summary: "`ADD/COPY` source is absolute or `../` outside the build context.", peers: ["add_src_invalid"], rule: "no-copy-outside-context" },
  { source: "catalogue", id: "workdir-absolute", section: "correctness/syntax", summary: "Relative `WORKDIR` (BuildKit: only when no absolute WORKDIR was set earlier in the build).", hadolint: "DL3000", peers: ["WorkdirRelativePath", "DS-0009", "CKV_DOCKER_10", "WORKDIR Path Not Absolute", "use-absolute-workdir", "workdirPathNotAbsolute"] },
  { source: "catalogue", id: "workdir-spaces-escaped", section: "correctness/syntax", summary: "`WORKDIR` path with unescaped spaces.", peers: ["invalid_workdir"], notApplicable: "`WORKDIR` takes the rest of the line as one path, so unescaped spaces are valid; dockerfilelint's check is a false positive." },
  { source: "catalogue", id: "no-undefined-vars", section: "correctness/syntax", summary: "`$VAR` used in a non-shell context before being defined by ARG/ENV (with did-you-mean for typos).", peers: ["UndefinedVar"], rule: "no-undefined-variable", note: "Reports global ARGs not re-declared in the stage and misspelt names; other unknown names stay silent until base-image environments are known (engine)." },
  { source: "catalogue", id: "expose-valid-port", section: "correctness/syntax", summary: "`EXPOSE` port outside 0\u201365535 / not numeric.", hadolint: "DL3011", peers: ["DS-0008", "UNIX Ports Out Of Range", "invalid-port", "invalidPort", "invalid_port"] },
  { source: "catalogue", id: "expose-valid-protocol", section: "correctness/syntax", summary: "`EXPOSE 80/xyz` \u2013 protocol other than tcp/udp.", peers: ["invalidProtocol"], rule: "no-invalid-expose" },
  { source: "catalogue", id: "expose-no-host-mapping", section: "correctness/syntax", summary: "`EXPOSE` with IP address or `host:container` mapping.", peers: ["ExposeInvalidFormat", "expose_host_port"], rule: "no-expose-host-mapping" },
  { source: "catalogue", id: "from-first-instruction", section: "correctness/syntax", summary: "File does not start with `FROM` (only ARG/comments/directives may precede it).", hadolint: "DL3061", peers: ["noSourceImage", "from_first"] },
  { source: "catalogue", id: "from-syntax-valid", section: "correctness/syntax", summary: "`FROM` with wrong arg count or second word not `AS`.", peers: ["fromRequiresOneOrThreeArguments", "invalidAs"], rule: "dockerfile-syntax-error" },
  { source: "catalogue", id: "image-reference-valid", section: "correctness/syntax", summary: "Invalid image reference in `FROM` or `COPY --from=`.", peers: ["invalidReferenceFormat", "flagInvalidFrom"], rule: "no-invalid-image-reference" },
  { source: "catalogue", id: "unknown-instruction", section: "correctness/syntax", summary: "Unknown instruction / unparsable line.", peers: ["instructionUnknown", "invalid_command", "invalid_line"], rule: "dockerfile-syntax-error" },
  { source: "catalogue", id: "instruction-arg-count", section: "correctness/syntax", summary: "Missing, extra or wrong number of arguments for an instruction.", peers: ["instructionMissingArgument", "instructionExtraArgument", "instructionRequiresOneArgument", "instructionRequiresAtLeastOneArgument", "instructionRequiresTwoArguments", "instructionRequiresAtLeastTwoArguments", "instructionUnnecessaryArgument", "required_params", "missing_args", "extra_args", "invalid_format"], rule: "dockerfile-syntax-error", note: "Missing arguments, `FROM` with other than one or three words, `COPY`/`ADD` without a destination. Extra words are not build errors elsewhere (`USER`, `WORKDIR`, `STOPSIGNAL` take the rest of the line); a bad `STOPSIGNAL` or `HEALTHCHECK NONE` with arguments are `no-invalid-stopsignal`'s and `no-invalid-healthcheck`'s." },
  { source: "catalogue", id: "unknown-flag", section: "correctness/syntax", summary: "Unknown flag on ADD/COPY/FROM/HEALTHCHECK.", peers: ["flagUnknown"], rule: "no-unknown-flag" },
  { source: "catalogue", id: "flag-values-valid", section: "correctness/syntax", summary: "Flag without value, duplicated flag, non-boolean `--link`.", peers: ["flagMissingValue", "flagDuplicate", "flagExpectedBooleanValue"], rule: "no-invalid-flag-value" },
  { source: "catalogue", id: "env-label-syntax-valid", section: "correctness/syntax", summary: "ENV/LABEL syntax errors: missing `=`, blank names, unmatched quotes.", peers: ["syntaxMissingEquals", "syntaxMissingNames", "syntaxMissingSingleQuote", "syntaxMissingDoubleQuote", "label_invalid"], rule: "no-invalid-key-value-syntax" },
  { source: "catalogue", id: "variable-substitution-valid", section: "correctness/syntax", summary: "Unsupported `${var<modifier>}` substitution.", peers: ["variableModifierUnsupported"], rule: "dockerfile-syntax-error" },
  { source: "catalogue", id: "escape-directive-valid", section: "correctness/syntax", summary: "`# escape=` value not `\\` or `` ` ``, or declared twice.", peers: ["directiveEscapeInvalid", "directiveEscapeDuplicated"], rule: "no-invalid-escape-directive" },
  { source: "catalogue", id: "onbuild-trigger-valid", section: "correctness/syntax", summary: "`ONBUILD ONBUILD`, or `ONBUILD FROM/MAINTAINER`.", hadolint: "DL3043", peers: ["onbuildChainingDisallowed", "onbuildTriggerDisallowed"] },
  { source: "catalogue", id: "shell-instruction-json", section: "correctness/syntax", summary: "`SHELL` not in JSON form / no arguments.", peers: ["shellJsonForm", "shellRequiresOne"], rule: "use-json-shell" },
  { source: "catalogue", id: "pipefail", section: "correctness/syntax", summary: "`RUN` containing a pipe without `set -o pipefail` / `SHELL [\"/bin/bash\",\"-o\",\"pipefail\",\"-c\"]` (failures hidden).", hadolint: "DL4006", peers: ["Shell Running A Pipe Without Pipefail Flag", "set-pipefail"] },
  { source: "catalogue", id: "apt-get-assume-yes", section: "correctness/syntax", summary: "`apt-get install` without `-y`/`--yes`/`-qq` (build blocks on prompt).", hadolint: "DL3014", peers: ["DS-0021", "APT-GET Missing Flags To Avoid Manual Input", "missing-assume-yes-switch", "apt-get_missing_param"] },
  { source: "catalogue", id: "yum-assume-yes", section: "correctness/syntax", summary: "`yum install` without `-y`.", hadolint: "DL3030", peers: ["Yum Install Allows Manual Input", "missing-yum-assume-yes-switch"] },
  { source: "catalogue", id: "dnf-assume-yes", section: "correctness/syntax", summary: "`dnf install` without `-y`.", hadolint: "DL3038", peers: ["Missing Flag From Dnf Install", "missing-dnf-assume-yes-switch"] },
  { source: "catalogue", id: "zypper-non-interactive", section: "correctness/syntax", summary: "`zypper install` without `-y`/`-n`.", hadolint: "DL3034", peers: ["Missing Zypper Non-interactive Switch", "missing-zypper-no-confirm-switch"] },
  { source: "catalogue", id: "no-maintainer", section: "maintainability/style", summary: "Deprecated `MAINTAINER`; use `LABEL org.opencontainers.image.authors=\u2026`.", hadolint: "DL4000", peers: ["MaintainerDeprecated", "DS-0022", "CKV_DOCKER_6", "MAINTAINER Instruction Being Used", "maintainer-is-deprecated", "deprecatedMaintainer", "deprecated_in_1.13"] },
  { source: "catalogue", id: "instruction-casing", section: "maintainability/style", summary: "Instruction keywords not uppercase (DU/DL) or not consistent with the file majority (BuildKit).", peers: ["ConsistentInstructionCasing", "instructionCasing", "uppercase_commands"] },
  { source: "catalogue", id: "from-as-casing", section: "maintainability/style", summary: "`AS` keyword casing differs from `FROM` casing.", peers: ["FromAsCasing"] },
  { source: "catalogue", id: "stage-name-lowercase", section: "maintainability/style", summary: "Stage name not lowercase.", peers: ["StageNameCasing"] },
  { source: "catalogue", id: "directive-lowercase", section: "maintainability/style", summary: "Parser directive (`# syntax=`, `# escape=`) not lowercase.", peers: ["directiveCasing"], rule: "use-lowercase-directive" },
  { source: "catalogue", id: "expose-proto-lowercase", section: "maintainability/style", summary: "`EXPOSE 80/TCP` \u2013 protocol should be lowercase.", peers: ["ExposeProtoCasing"] },
  { source: "catalogue", id: "legacy-key-value-format", section: "maintainability/style", summary: "`ENV key value` / `LABEL key value` whitespace form; use `key=value`.", peers: ["LegacyKeyValueFormat"] },
  { source: "catalogue", id: "use-workdir-not-cd", section: "maintainability/style", summary: "`RUN cd \u2026 && \u2026` instead of `WORKDIR`.", hadolint: "DL3003", peers: ["DS-0013", "RUN Instruction Using 'cd' Instead of WORKDIR", "use-workdir"], note: "Only a `cd` that changes nothing (the last command of its RUN) or that starts several RUNs of a stage; a `cd` followed by the commands that need it is fine." },
  { source: "catalogue", id: "use-shell-instruction", section: "maintainability/style", summary: "Default shell changed via `RUN ln -sf /bin/bash /bin/sh` etc.; use `SHELL`.", hadolint: "DL4005", peers: ["Changing Default Shell Using RUN Command", "use-shell-instruction"] },
  { source: "catalogue", id: "prefer-apt-get", section: "maintainability/style", summary: "`apt` (interactive CLI) used instead of `apt-get`/`apt-cache`.", hadolint: "DL3027", peers: ["CKV_DOCKER_9", "Run Using apt", "prefer-apt-get"] },
  { source: "catalogue", id: "no-nonsensical-commands", section: "maintainability/style", summary: "`RUN` of ssh/vim/nano/shutdown/service/ps/free/top/kill/mount/ifconfig (meaningless in a build).", hadolint: "DL3001", peers: ["Run Utilities And POSIX Commands", "nonsensical-command"], note: "A service started and then used in the same RUN, `kill` of what the step started, scripted `vim -es` and `ps \u2026 | grep` are accepted." },
  { source: "catalogue", id: "stage-arg-description-comment", section: "maintainability/style", summary: "Comment directly above a stage/ARG must follow `# <name> <description>` (experimental).", peers: ["InvalidDefinitionDescription"], rule: "use-definition-description" },
  { source: "hadolint", id: "DL1000", section: "hadolint", summary: "The Dockerfile does not parse", peers: [] },
  { source: "hadolint", id: "DL1001", section: "hadolint", summary: "Any inline `# hadolint ignore=\u2026` comment", peers: [] },
  { source: "hadolint", id: "DL3000", section: "hadolint", summary: "`WORKDIR` relative path", peers: [] },
  { source: "hadolint", id: "DL3001", section: "hadolint", summary: "`free`, `kill`, `mount`, `ps`, `service`, `shutdown`, `ssh`, `top` or `vim` run in `RUN`", peers: [], note: "Smarter than hadolint: a service started and then used in the same RUN, `kill` of what the step started, scripted `vim -es` and `ps \u2026 | grep` are accepted." },
  { source: "hadolint", id: "DL3002", section: "hadolint", summary: "The last `USER` of a stage is `root`, `0`, `root:*` or `0:*`", peers: [] },
  { source: "hadolint", id: "DL3003", section: "hadolint", summary: "`cd` used as a command in `RUN`", peers: [], note: "Only a `cd` that changes nothing (the last command of its RUN) or that starts several RUNs of a stage; hadolint flags every `cd`." },
  { source: "hadolint", id: "DL3004", section: "hadolint", summary: "`sudo` in `RUN`", peers: [] },
  { source: "hadolint", id: "DL3006", section: "hadolint", summary: "`FROM image` with no tag and no digest", peers: [] },
  { source: "hadolint", id: "DL3007", section: "hadolint", summary: "Tag is `latest`", peers: [] },
  { source: "hadolint", id: "DL3008", section: "hadolint", summary: "`apt-get install pkg` without `=version`", peers: [] },
  { source: "hadolint", id: "DL3009", section: "hadolint", summary: "`apt-get`, `apt` or `aptitude` `update` with no removal of the lists in the same `RUN`", peers: [] },
  { source: "hadolint", id: "DL3010", section: "hadolint", summary: "A local archive is `COPY`'d and later extracted with `tar -x`, `unzip`, `gunzip` and similar in the same stage", peers: [] },
  { source: "hadolint", id: "DL3011", section: "hadolint", summary: "`EXPOSE` port above 65535, including ranges", peers: [] },
  { source: "hadolint", id: "DL3012", section: "hadolint", summary: "More than one `HEALTHCHECK` in a stage", peers: [] },
  { source: "hadolint", id: "DL3013", section: "hadolint", summary: "`pip`, `pip3`, `python -m pip` or `pipx` `install pkg` without a version specifier (`== >= <= > < != ~= ===`)", peers: [] },
  { source: "hadolint", id: "DL3014", section: "hadolint", summary: "`apt-get install` without `-y`, `--yes`, `--assume-yes`, `-qq`, `-q -q`, `-q=2` or `--quiet --quiet`", peers: [] },
  { source: "hadolint", id: "DL3015", section: "hadolint", summary: "`apt-get install` without `--no-install-recommends` or `-o APT::Install-Recommends=false`", peers: [] },
  { source: "hadolint", id: "DL3016", section: "hadolint", summary: "`npm install pkg` without `@version`", peers: [] },
  { source: "hadolint", id: "DL3018", section: "hadolint", summary: "`apk add pkg` without `=`, `~`, `>` or `<`", peers: [] },
  { source: "hadolint", id: "DL3019", section: "hadolint", summary: "`apk add` without `--no-cache`", peers: [] },
  { source: "hadolint", id: "DL3020", section: "hadolint", summary: "`ADD` of anything that is neither a local tar-type archive nor an `http(s)://` URL", peers: [] },
  { source: "hadolint", id: "DL3021", section: "hadolint", summary: "`COPY` with more than one source whose destination doesn't end with `/`", peers: [] },
  { source: "hadolint", id: "DL3022", section: "hadolint", summary: "`COPY --from=x` where x is not an earlier alias or a valid stage index", peers: [] },
  { source: "hadolint", id: "DL3023", section: "hadolint", summary: "`COPY --from=<own alias>`", peers: [] },
  { source: "hadolint", id: "DL3024", section: "hadolint", summary: "Duplicate stage alias", peers: [] },
  { source: "hadolint", id: "DL3025", section: "hadolint", summary: "Shell form of `CMD`, `ENTRYPOINT` or `HEALTHCHECK CMD`", peers: [] },
  { source: "hadolint", id: "DL3026", section: "hadolint", summary: "A registry outside `trustedRegistries` in `FROM`, `COPY --from=<image>` or `RUN --mount=\u2026,from=<image>`", peers: [] },
  { source: "hadolint", id: "DL3027", section: "hadolint", summary: "`apt` used as a command", peers: [] },
  { source: "hadolint", id: "DL3028", section: "hadolint", summary: "`gem install`/`gem i` of a gem without `:version` (and no `-v`/`--version`)", peers: [] },
  { source: "hadolint", id: "DL3029", section: "hadolint", summary: "`FROM --platform=<literal>`", peers: [] },
  { source: "hadolint", id: "DL3030", section: "hadolint", summary: "`yum install`, `groupinstall` or `localinstall` without `-y` or `--assumeyes`", peers: [] },
  { source: "hadolint", id: "DL3032", section: "hadolint", summary: "`yum install` with no later `yum clean all` or `rm -rf /var/cache/yum/*` in the same `RUN`", peers: [] },
  { source: "hadolint", id: "DL3033", section: "hadolint", summary: "`yum install pkg` without a `-<version>` suffix. `yum module install` needs `:stream`", peers: [], note: "`yum module install` without `:stream` is not flagged; packages are read as rpm `name-version-release`, so `java-11-openjdk` counts as unpinned." },
  { source: "hadolint", id: "DL3034", section: "hadolint", summary: "`zypper install`, `in`, `remove`, `rm`, `source-install`, `si` or `patch` without `-n`, `--non-interactive`, `-y` or `--no-confirm`", peers: [] },
  { source: "hadolint", id: "DL3035", section: "hadolint", summary: "`zypper dist-upgrade` / `dup`", peers: [] },
  { source: "hadolint", id: "DL3036", section: "hadolint", summary: "`zypper install` with no later `zypper clean` / `cc`", peers: [] },
  { source: "hadolint", id: "DL3037", section: "hadolint", summary: "`zypper install pkg` without `=`, `>=`, `>`, `<=` or `<`", peers: [] },
  { source: "hadolint", id: "DL3038", section: "hadolint", summary: "`dnf` or `microdnf` `install`, `groupinstall` or `localinstall` without `-y`", peers: [], note: "`microdnf` is not flagged: it never prompts (its `-y` does nothing)." },
  { source: "hadolint", id: "DL3040", section: "hadolint", summary: "`dnf`/`microdnf` `install`, `in`, `upgrade`, `up`, `upgrade-minimal`, `up-min`, `reinstall` or `rei` with no later `clean all`", peers: [] },
  { source: "hadolint", id: "DL3041", section: "hadolint", summary: "`dnf install pkg` without a version (same heuristic as DL3033)", peers: [] },
  { source: "hadolint", id: "DL3042", section: "hadolint", summary: "`pip install` without `--no-cache-dir`", peers: [] },
  { source: "hadolint", id: "DL3043", section: "hadolint", summary: "`ONBUILD ONBUILD`, `ONBUILD FROM` or `ONBUILD MAINTAINER`", peers: [] },
  { source: "hadolint", id: "DL3044", section: "hadolint", summary: "`ENV A=1 B=$A` in one statement", peers: [] },
  { source: "hadolint", id: "DL3045", section: "hadolint", summary: "`COPY` to a relative destination with no `WORKDIR` in the stage or its ancestors", peers: [] },
  { source: "hadolint", id: "DL3046", section: "hadolint", summary: "`useradd -u <UID longer than 5 digits>` without `-l`/`--no-log-init`", peers: [] },
  { source: "hadolint", id: "DL3047", section: "hadolint", summary: "`wget` without `--progress=\u2026` (and without `-q`, `-nv`, `-o` or `-a`)", peers: [] },
  { source: "hadolint", id: "DL3048", section: "hadolint", summary: "Invalid label key: must start with `[a-z]`, end with `[a-z0-9]`, use only the characters `[a-z0-9._/-]`, avoid `..` and `--`, and avoid the reserved `com.docker.`, `io.docker.` and `org.dockerproject.` prefixes", peers: [] },
  { source: "hadolint", id: "DL3049", section: "hadolint", summary: "A required label is missing in a stage. Inheritance and `COPY --from` make intermediate stages \"silent\"", peers: [] },
  { source: "hadolint", id: "DL3050", section: "hadolint", summary: "`strict-labels`: a label that is not in the schema", peers: [] },
  { source: "hadolint", id: "DL3051", section: "hadolint", summary: "A schema label is empty", peers: [] },
  { source: "hadolint", id: "DL3052", section: "hadolint", summary: "A schema label is not a valid URL (cfg)", peers: [] },
  { source: "hadolint", id: "DL3053", section: "hadolint", summary: "A schema label is not a valid RFC 3339 timestamp (cfg)", peers: [] },
  { source: "hadolint", id: "DL3054", section: "hadolint", summary: "A schema label is not a valid SPDX id (cfg)", peers: [] },
  { source: "hadolint", id: "DL3055", section: "hadolint", summary: "A schema label is not a valid git hash (cfg)", peers: [] },
  { source: "hadolint", id: "DL3056", section: "hadolint", summary: "A schema label is not a valid semver (cfg)", peers: [] },
  { source: "hadolint", id: "DL3057", section: "hadolint", summary: "A stage whose lineage has no `HEALTHCHECK`", peers: [] },
  { source: "hadolint", id: "DL3058", section: "hadolint", summary: "A schema label is not a valid RFC 5322 email (cfg)", peers: [] },
  { source: "hadolint", id: "DL3059", section: "hadolint", summary: "Two consecutive `RUN`s (comments may sit between them) with identical flags where **each has exactly one simple command**", peers: [] },
  { source: "hadolint", id: "DL3060", section: "hadolint", summary: "`yarn install` with no `yarn cache clean` after it in the same `RUN`, in the final stage or a reused stage", peers: [] },
  { source: "hadolint", id: "DL3061", section: "hadolint", summary: "An instruction before the first `FROM`, other than `ARG`, a comment or a parser directive", peers: [] },
  { source: "hadolint", id: "DL3062", section: "hadolint", summary: "`go install`, `go get` or `go run` of a module path without `@version`, or with `@latest`/`@none`", peers: [] },
  { source: "hadolint", id: "DL3063", section: "hadolint", summary: "Stage named `scratch` or `context`", peers: [] },
  { source: "hadolint", id: "DL3064", section: "hadolint", summary: "`ARG` or `ENV` names that look like secrets", peers: [] },
  { source: "hadolint", id: "DL3065", section: "hadolint", summary: "`FROM --platform=$TARGETPLATFORM` / `${TARGETPLATFORM}`", peers: [] },
  { source: "hadolint", id: "DL3066", section: "hadolint", summary: "`USER name` that is not numeric", peers: [] },
  { source: "hadolint", id: "DL3067", section: "hadolint", summary: "`COPY --from=<stage> / /`", peers: [] },
  { source: "hadolint", id: "DL4000", section: "hadolint", summary: "`MAINTAINER`", peers: [] },
  { source: "hadolint", id: "DL4001", section: "hadolint", summary: "Both `wget` and `curl` used in one stage", peers: [] },
  { source: "hadolint", id: "DL4003", section: "hadolint", summary: "More than one `CMD` in a stage", peers: [] },
  { source: "hadolint", id: "DL4004", section: "hadolint", summary: "More than one `ENTRYPOINT` in a stage", peers: [] },
  { source: "hadolint", id: "DL4005", section: "hadolint", summary: "`ln \u2026 /bin/sh`", peers: [] },
  { source: "hadolint", id: "DL4006", section: "hadolint", summary: "A `RUN` containing a pipe while the current `SHELL` lacks `-o pipefail` on bash, zsh or ash", peers: [] },
  { source: "practice", id: "prefer-multi-stage-build", section: "practices no peer checks", summary: "Single-stage Dockerfile that installs a toolchain and ships it.", peers: [], rule: "use-multi-stage-build" },
  { source: "practice", id: "final-stage-build-tools", section: "practices no peer checks", summary: "Final stage contains compilers, caches, git/curl or the whole context when a builder stage exists.", peers: [], rule: "no-build-tools-in-final-stage", note: "Package caches in the final stage are the cleanup rules' (`no-apt-lists-left`…)." },
  { source: "practice", id: "copy-from-whole-fs", section: "practices no peer checks", summary: "`COPY --from=stage / /`.", peers: [], rule: "no-copy-root-filesystem" },
  { source: "practice", id: "user-numeric-uid-gid", section: "practices no peer checks", summary: "`USER name` instead of `USER <uid>:<gid>`.", peers: [], rule: "use-numeric-user" },
  { source: "practice", id: "create-user-fixed-uid", section: "practices no peer checks", summary: "`useradd`/`adduser` without an explicit UID/GID.", peers: [], rule: "require-explicit-uid" },
  { source: "practice", id: "run-chown-after-copy", section: "practices no peer checks", summary: "`COPY` then `RUN chown -R` on the same files instead of `COPY --chown`.", peers: [], rule: "prefer-copy-chown" },
  { source: "practice", id: "user-before-entrypoint-final-stage", section: "practices no peer checks", summary: "`USER` set in a builder stage only; the final stage runs as root.", peers: [], rule: "no-root-user" },
  { source: "practice", id: "prefer-minimal-base", section: "practices no peer checks", summary: "Final stage on a full distro/SDK image where slim/alpine/distroless/scratch fits.", peers: [], rule: "prefer-minimal-base", note: "Names the runtime or slim image from a table of its own (the size data is not needed); `ubuntu` and images it does not know are not judged." },
  { source: "practice", id: "runtime-image-is-sdk", section: "practices no peer checks", summary: "Final stage FROM an SDK/build image rather than a runtime image.", peers: [], rule: "prefer-minimal-base", note: "One rule with `prefer-minimal-base`: SDK bases (`golang`, `rust`, `maven`, `gradle`, `dotnet/sdk`, JDKs) get the runtime image to use." },
  { source: "practice", id: "security-scan-stage", section: "practices no peer checks", summary: "No vulnerability-scan step for the built image.", peers: [], notApplicable: "Scanning belongs in CI, which a Dockerfile does not show; a scan stage in the Dockerfile is one option among several." },
  { source: "practice", id: "secret-copied-then-deleted", section: "practices no peer checks", summary: "Credential file copied then deleted in a later layer.", peers: [], rule: "no-credential-file-copy", note: "Any copy of a credential file into a shipped stage is reported, deleted later or not." },
  { source: "practice", id: "ssh-fetch-without-ssh-mount", section: "practices no peer checks", summary: "`git clone git@\u2026` in RUN without `--mount=type=ssh`.", peers: [], rule: "use-ssh-mount" },
  { source: "practice", id: "secret-arg-consumed-in-run", section: "practices no peer checks", summary: "Secret-looking ARG expanded in RUN.", peers: [], rule: "no-secret-arg-in-run" },
  { source: "practice", id: "copy-manifests-before-install", section: "practices no peer checks", summary: "Whole source copied before the dependency install.", peers: [], rule: "no-source-copy-before-install" },
  { source: "practice", id: "deterministic-lockfile-install", section: "practices no peer checks", summary: "`npm install` instead of `npm ci`, unfrozen lockfiles.", peers: [], rule: "use-frozen-lockfile", note: "`pip install -r` without `--require-hashes` is not flagged: hashes are a supply-chain choice, not a lockfile-install mistake." },
  { source: "practice", id: "use-cache-mount", section: "practices no peer checks", summary: "Package install without `RUN --mount=type=cache`.", peers: [], rule: "use-cache-mount" },
  { source: "practice", id: "copy-link", section: "practices no peer checks", summary: "Cross-stage `COPY` without `--link`.", peers: [], rule: "prefer-copy-link", note: "Opt-in; skips destinations under directories that are often symlinks (`/lib`, `/var/run`…) and `--chown` by name, which fails with `--link`." },
  { source: "practice", id: "healthcheck-tool-available", section: "practices no peer checks", summary: "HEALTHCHECK calls curl/wget not present in the final image.", peers: [], rule: "no-unavailable-healthcheck-tool" },
  { source: "practice", id: "healthcheck-timing-set", section: "practices no peer checks", summary: "HEALTHCHECK without interval/timeout/retries/start period.", peers: [], rule: "require-healthcheck-timing" },
  { source: "practice", id: "init-process-pid1", section: "practices no peer checks", summary: "No init for PID 1 (no tini/dumb-init, no compose `init: true`).", peers: [], rule: "require-init-process", note: "Only runtimes known to ignore SIGTERM as PID 1 (node, npm, python, ruby, php, perl); servers that handle signals and unknown programs stay silent." },
  { source: "practice", id: "entrypoint-script-exec", section: "practices no peer checks", summary: "Entrypoint script that does not `exec` the main process.", peers: [], rule: "use-exec-in-entrypoint-script", note: "Needs the script in the review; judges the script's last top-level command." },
  { source: "practice", id: "syntax-directive", section: "practices no peer checks", summary: "No `# syntax=docker/dockerfile:1`.", peers: [], rule: "use-syntax-directive" },
  { source: "practice", id: "curl-pipe-shell", section: "practices no peer checks", summary: "`curl \u2026 | sh` of a remote script.", peers: [], rule: "no-curl-pipe-shell" },
  { source: "practice", id: "npm-omit-dev", section: "practices no peer checks", summary: "`npm ci --only=production` instead of `--omit=dev`.", peers: [], rule: "use-npm-omit-dev" },
  { source: "practice", id: "go-build-installsuffix", section: "practices no peer checks", summary: "`go build -a -installsuffix cgo` (obsolete idiom).", peers: [], rule: "no-go-installsuffix" },
];
export type CoverageResolution =
  | { kind: "rule"; rule: string; via: string | undefined; note: string | undefined }
  | { kind: "planned"; reason: string }
  | { kind: "notApplicable"; reason: string }
  | { kind: "unmapped"; candidates: string[] };

/**
 * How a row is covered: its explicit status, else the rule that carries its hadolint code or one of its peer ids
 * as an alias. Peer ids that lead to different rules leave the row unmapped (it then needs an explicit status).
 */
export function resolveCoverage(row: CoverageRow, find: (name: string) => { meta: { id: string } } | undefined): CoverageResolution {
  if (row.rule) return { kind: "rule", rule: row.rule, via: undefined, note: row.note };
  if (row.planned) return { kind: "planned", reason: row.planned };
  if (row.notApplicable) return { kind: "notApplicable", reason: row.notApplicable };
  const names = row.source === "hadolint" ? [row.id] : [...row.peers, ...(row.hadolint ? [row.hadolint] : [])];
  const matches = names.flatMap((name) => {
    const rule = find(name);
    return rule ? [{ rule: rule.meta.id, via: name }] : [];
  });
  const rules = [...new Set(matches.map((match) => match.rule))];
  if (rules.length === 1) return { kind: "rule", rule: rules[0]!, via: matches[0]!.via, note: row.note };
  return { kind: "unmapped", candidates: rules };
}
