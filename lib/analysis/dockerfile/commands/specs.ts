/**
 * What the command-line tools that rules care about accept, as data: which options take a value, their
 * aliases, and which first operand is a subcommand. Enough to split a command into options and operands
 * exactly; options not listed are still recognised by their dashes (see `parse.ts`).
 *
 * Syntax of an option list: names separated by spaces, aliases joined by `|`, the canonical name first,
 * `=` at the end when the option takes a value: `"-y|--yes|--assume-yes -o=|--option="`.
 */
import { lookupTable } from "../../lookup";
export interface ProgramSpec {
  /** Options valid anywhere on the line. */
  options: string;
  /** Subcommand name → its own options (in addition to `options`); aliases of a subcommand joined by `|`. */
  subcommands?: Record<string, string>;
  /** Single-dash long options (`-name`), as `find` and `go` use; turns off combined short flags. */
  singleDashLong?: boolean;
}

const APT = "-y|--yes|--assume-yes --assume-no -q|--quiet -qq -s|--simulate|--dry-run|--just-print|--no-act -d|--download-only -f|--fix-broken -m|--ignore-missing|--fix-missing -u|--show-upgraded -b|--compile|--build -V|--verbose-versions -o=|--option= -c=|--config-file= -t=|--target-release=|--default-release= -a=|--host-architecture= -P=|--build-profiles= --no-install-recommends --install-recommends --no-install-suggests --install-suggests --allow-unauthenticated --allow-downgrades --allow-remove-essential --allow-change-held-packages --no-download --reinstall --purge --auto-remove|--autoremove --only-upgrade --no-upgrade --update --force-yes --print-uris --list-cleanup --trivial-only -h|--help -v|--version";
const APT_SUBCOMMANDS = {
  "install": "", "update": "", "upgrade": "", "dist-upgrade|full-upgrade": "", "remove": "", "purge": "", "autoremove|auto-remove": "",
  "clean": "", "dist-clean": "", "autoclean|auto-clean": "", "source": "", "build-dep": "", "download": "", "check": "", "satisfy": "", "changelog": "",
  "list": "--installed --upgradable --all-versions", "search": "", "show": "", "policy": "", "edit-sources": "", "markauto": "",
};

const DNF = "-y|--assumeyes --assumeno -q|--quiet -v|--verbose -c=|--config= --installroot= --releasever= --setopt= --enablerepo= --disablerepo= --repo=|--repoid= -x=|--exclude= --nodocs --nogpgcheck --refresh -C|--cacheonly --best --nobest --allowerasing --skip-broken --noplugins --enableplugin= --disableplugin= --downloadonly --downloaddir= --setopt= --forcearch= --security --bugfix --advisory= --disableexcludes= --installroot= --rpmverbosity= --errorlevel= -d=|--debuglevel= -e=|--errorlevel= -h|--help";
const DNF_SUBCOMMANDS = {
  "install|in": "", "reinstall": "", "update|upgrade|up": "", "remove|erase|rm": "", "autoremove": "", "clean": "", "makecache": "",
  "groupinstall": "", "localinstall": "", "downgrade": "", "upgrade-minimal|up-min": "", "group": "", "module": "", "config-manager": "--add-repo= --set-enabled --set-disabled", "download": "",
  "list": "", "info": "", "search": "", "check-update": "", "distro-sync": "", "builddep": "", "swap": "", "history": "", "repolist": "",
};

export const PROGRAMS = lookupTable<ProgramSpec>({
  "apt-get": { options: APT, subcommands: APT_SUBCOMMANDS },
  "apt": { options: APT, subcommands: APT_SUBCOMMANDS },
  "apk": {
    options: "-U|--update-cache --no-cache --no-network -q|--quiet -v|--verbose -i|--interactive -p=|--root= -X=|--repository= --repositories-file= --allow-untrusted --no-progress --force-broken-world --force-overwrite --cache-dir= --arch= --keys-dir= --wait=",
    subcommands: {
      "add": "-t=|--virtual= --initdb -l|--latest -u|--upgrade --no-chown --no-scripts -s|--simulate",
      "del": "-r|--rdepends --purge", "update": "", "upgrade": "-a|--available --latest", "fix": "", "info": "", "search": "",
      "cache": "", "fetch": "-o=|--output= -R|--recursive", "version": "", "policy": "", "list": "", "audit": "", "stats": "", "dot": "",
    },
  },
  "apt-mark": {
    options: "-q|--quiet -s|--simulate|--dry-run|--just-print|--no-act -f=|--file= -o=|--option= -c=|--config-file= -h|--help",
    subcommands: { "auto": "", "manual": "", "minimize-manual": "", "hold": "", "unhold": "", "showauto": "", "showmanual": "", "showhold": "" },
  },
  "dnf": { options: DNF, subcommands: DNF_SUBCOMMANDS },
  "microdnf": { options: DNF, subcommands: DNF_SUBCOMMANDS },
  "yum": { options: DNF, subcommands: DNF_SUBCOMMANDS },
  "tdnf": { options: DNF, subcommands: DNF_SUBCOMMANDS },
  "zypper": {
    options: "-n|--non-interactive -q|--quiet -v|--verbose --no-gpg-checks --gpg-auto-import-keys -D=|--reposd-dir= -C=|--cache-dir= -R=|--root= --no-refresh -x|--xmlout -t=|--type= --releasever=",
    subcommands: {
      "install|in": "-y|--no-confirm -l|--auto-agree-with-licenses --no-recommends --recommends -f|--force -D|--dry-run -r=|--repo= -t=|--type= --oldpackage --download-only -d|--download= --from=",
      "remove|rm": "-y|--no-confirm -u|--clean-deps", "refresh|ref": "-f|--force", "update|up": "-y|--no-confirm -l|--auto-agree-with-licenses --no-recommends",
      "dist-upgrade|dup": "-y|--no-confirm -l|--auto-agree-with-licenses --no-recommends", "clean|cc": "-a|--all -m|--metadata",
      "addrepo|ar": "-f|--refresh -p=|--priority= -n=|--name=", "search|se": "", "info|if": "",
      "patch": "-y|--no-confirm -l|--auto-agree-with-licenses", "source-install|si": "-y|--no-confirm -d|--build-deps-only -D|--no-build-deps",
    },
  },
  "pip": {
    options: "-v|--verbose -q|--quiet --isolated --require-virtualenv --python= --log= --proxy= --retries= --timeout= --exists-action= --trusted-host= --cert= --client-cert= --cache-dir= --no-cache-dir --disable-pip-version-check --no-color --no-input --root-user-action= --break-system-packages --index-url=|-i= --extra-index-url= --no-index -f=|--find-links= -h|--help -V|--version",
    subcommands: {
      "install": "-r=|--requirement= -c=|--constraint= -e=|--editable= -U|--upgrade --upgrade-strategy= --force-reinstall -I|--ignore-installed --user -t=|--target= --prefix= --root= --no-deps --pre --no-binary= --only-binary= --prefer-binary --require-hashes --no-build-isolation --no-compile --compile --no-warn-script-location --src= --platform= --python-version= --implementation= --abi= --progress-bar= --report= --dry-run --config-settings=|-C= --global-option= --no-clean --use-pep517 --no-use-pep517 --check-build-dependencies --ignore-requires-python --no-warn-conflicts",
      "download": "-r=|--requirement= -d=|--dest= --no-deps --platform= --python-version= --only-binary= --no-binary=",
      "uninstall": "-y|--yes -r=|--requirement=", "wheel": "-w=|--wheel-dir= -r=|--requirement= --no-deps", "freeze": "", "list": "", "show": "",
      "check": "", "config": "", "cache": "", "index": "", "hash": "", "inspect": "", "debug": "",
    },
  },
  // `uv pip install …`: the pip subcommand takes pip's install options; its first operand is pip's own subcommand.
  "uv": {
    options: "-q|--quiet -v|--verbose --no-cache|-n --cache-dir= --directory= --project= --python=|-p= --offline --color=",
    subcommands: {
      "pip": "-r=|--requirement= -c=|--constraint= -e=|--editable= -U|--upgrade --system --break-system-packages -t=|--target= --prefix= --root= --no-deps --index-url=|-i= --extra-index-url= -f=|--find-links= --no-index --python=|-p= --compile-bytecode",
      "sync": "--frozen --locked --no-dev --no-install-project --extra= --all-extras", "add": "--dev --optional=", "venv": "", "run": "", "lock": "", "tool": "",
    },
  },
  "pipx": {
    options: "-v|--verbose -q|--quiet --global -h|--help --version",
    subcommands: {
      "install": "--python= --pip-args= --index-url=|-i= --suffix= -f|--force --include-deps -e|--editable --preinstall= --fetch-missing-python",
      "inject": "--pip-args= --index-url=|-i= --include-apps --include-deps -f|--force", "run": "--spec= --python= --pip-args=",
      "upgrade": "--pip-args=", "uninstall": "", "list": "", "ensurepath": "", "reinstall": "", "upgrade-all": "",
    },
  },
  "npm": {
    options: "-g|--global --prefix= -w=|--workspace= -ws|--workspaces --loglevel= -s|--silent -q|--quiet -d|--loglevel=info --registry= --cache= --userconfig= --no-audit --audit --no-fund --fund --no-update-notifier --omit= --include= --production --only= -D|--save-dev -P|--save-prod -O|--save-optional -E|--save-exact -B|--save-bundle --no-save --save --legacy-peer-deps --strict-peer-deps --ignore-scripts --foreground-scripts --force --dry-run --prefer-offline --prefer-online --offline --unsafe-perm --no-package-lock --package-lock-only --install-links --location= --tag= --access= --otp= -y|--yes",
    subcommands: {
      "install|i|add|in|ins|inst|insta|instal|isnt|isnta|isntal|isntall": "", "ci|clean-install|ic|install-clean|isntall-clean": "",
      "uninstall|remove|rm|r|un|unlink": "", "update|up|upgrade|udpate": "", "run|run-script|rum|urn": "--if-present --silent",
      "test|t|tst": "", "start": "", "build": "", "cache": "", "prune": "", "audit": "", "exec|x": "-c=|--call= -p=|--package=",
      "config|c": "", "set": "", "pack": "", "publish": "", "link|ln": "", "init|create": "", "dedupe|ddp": "", "rebuild|rb": "", "version": "",
    },
  },
  "yarn": {
    options: "--cwd= --cache-folder= --modules-folder= --mutex= --network-timeout= --registry= --production --prod --frozen-lockfile --immutable --immutable-cache --pure-lockfile --non-interactive --silent -s --ignore-scripts --ignore-engines --ignore-optional --no-progress --prefer-offline --offline --check-files --force --verbose --json -D|--dev -E|--exact -T|--tilde -P|--peer -O|--optional",
    subcommands: {
      "install": "", "add": "", "remove": "", "upgrade": "", "up": "", "build": "", "run": "", "test": "", "start": "", "cache": "",
      "global": "", "workspace": "", "workspaces": "", "set": "", "config": "", "dlx": "", "exec": "", "autoclean": "", "audit": "", "info": "", "why": "",
    },
  },
  "pnpm": {
    options: "-C=|--dir= -w|--workspace-root -r|--recursive --filter=|-F= --store-dir= --registry= --loglevel= -s|--silent --reporter= -P|--prod|--production -D|--dev --no-optional --frozen-lockfile --no-frozen-lockfile --prefer-offline --offline --ignore-scripts --shamefully-hoist --force -g|--global",
    subcommands: {
      "install|i": "", "add": "-E|--save-exact -O|--save-optional", "remove|rm|uninstall|un": "", "update|up|upgrade": "", "run": "--if-present",
      "fetch": "", "deploy": "", "prune": "", "store": "", "exec": "", "dlx": "", "build": "", "test|t": "", "start": "", "config": "", "setup": "", "env": "",
    },
  },
  "dotnet": {
    options: "-h|--help --info --version -d|--diagnostics",
    subcommands: {
      "publish": "-o=|--output= -c=|--configuration= -r=|--runtime= -a=|--arch= --os= -f=|--framework= --no-restore --no-build --no-self-contained --sc|--self-contained --ucr|--use-current-runtime -p=|--property= -v=|--verbosity= --nologo",
      "build": "-o=|--output= -c=|--configuration= -r=|--runtime= -a=|--arch= --os= -f=|--framework= --no-restore --no-incremental --no-dependencies -p=|--property= -v=|--verbosity= --nologo",
      "restore": "-r=|--runtime= -a=|--arch= --os= -s=|--source= --packages= --locked-mode --no-cache -v=|--verbosity= -p=|--property=",
      "test": "", "run": "", "new": "", "tool": "", "add": "", "clean": "", "pack": "",
    },
  },
  "composer": {
    options: "-d=|--working-dir= -n|--no-interaction -q|--quiet -v|--verbose --ansi --no-ansi --no-plugins --no-scripts --no-cache --profile -h|--help -V|--version",
    subcommands: {
      "install|i": "--no-dev --dev --prefer-dist --prefer-source --prefer-install= --dry-run --no-autoloader --no-progress --no-suggest --optimize-autoloader|-o --classmap-authoritative|-a --apcu-autoloader --ignore-platform-reqs --ignore-platform-req= --audit",
      "update|u|upgrade": "--no-dev --dev --with-dependencies|-w --with-all-dependencies|-W --prefer-dist --prefer-source --dry-run --no-autoloader --no-progress --optimize-autoloader|-o --classmap-authoritative|-a --ignore-platform-reqs --lock",
      "require|r": "--dev --no-update --no-install --prefer-dist --prefer-source --dry-run --update-no-dev --update-with-dependencies|-w --optimize-autoloader|-o --classmap-authoritative|-a --ignore-platform-reqs",
      "dump-autoload|dumpautoload": "--no-dev --optimize|-o --classmap-authoritative|-a --apcu", "clear-cache|clearcache|cc": "", "global": "", "config": "--global|-g --unset", "create-project": "--no-dev --prefer-dist --no-install --no-progress",
    },
  },
  "bundle": {
    options: "--quiet --verbose --no-color -r=|--retry= --gemfile=",
    subcommands: {
      "install": "-j=|--jobs= --path= --without= --with= --deployment --frozen --local --standalone= --binstubs= --system --no-cache --redownload --full-index --trust-policy= --clean",
      "update": "--all --conservative", "config": "--local --global --delete", "exec": "", "lock": "", "check": "", "package|pack": "", "clean": "--force", "binstubs": "",
    },
  },
  "gem": {
    options: "-q|--quiet -V|--verbose --no-verbose --backtrace --config-file= -h|--help",
    subcommands: {
      "install|i": "-v=|--version= --no-document|-N --document= --no-ri --no-rdoc -i=|--install-dir= -n=|--bindir= --user-install -E|--env-shebang --force --conservative --minimal-deps --platform= --source= --clear-sources --pre --prerelease --no-user-install --default -g=|--file=",
      "update": "--system --no-document", "uninstall": "-a|--all -x|--executables -I|--ignore-dependencies -v=|--version=", "build": "",
      "sources": "-a=|--add= -r=|--remove= -c|--clear-all -u|--update", "cleanup": "", "list": "", "env": "",
    },
  },
  "go": {
    singleDashLong: true,
    options: "-C= -v -x -n -a -race -msan -asan -cover -trimpath -buildvcs= -mod= -modfile= -o= -p= -tags= -ldflags= -gcflags= -asmflags= -buildmode= -compiler= -gccgoflags= -installsuffix= -linkshared -overlay= -pgo= -pkgdir= -work -json -covermode= -coverpkg= -count= -run= -timeout= -bench= -benchmem -short -failfast",
    subcommands: {
      "build": "", "install": "", "get": "-d -u -t", "mod": "", "run": "", "test": "", "vet": "", "generate": "", "env": "-w -u", "version": "", "clean": "-cache -modcache -testcache -fuzzcache -i -r", "list": "-m -f= -e -deps", "work": "", "fmt": "",
    },
  },
  "cargo": {
    options: "-v|--verbose -q|--quiet --color= --frozen --locked --offline --config= -Z= -C=|--manifest-path= --manifest-path= -h|--help -V|--version",
    subcommands: {
      "build|b": "-r|--release -p=|--package= --target= --target-dir= --features=|-F= --all-features --no-default-features -j=|--jobs= --bin= --bins --lib --examples --example= --workspace --profile= --timings",
      "install": "--path= --git= --branch= --tag= --rev= --version= --root= --force|-f --no-track --target= --features=|-F= --all-features --no-default-features --locked -j=|--jobs= --bin= --profile= --debug",
      "run|r": "-r|--release -p=|--package= --bin= --features=|-F=", "test|t": "-r|--release -p=|--package= --features=|-F= --workspace",
      "fetch": "--target=", "check|c": "-p=|--package= --features=|-F= --workspace", "clean": "", "update": "", "vendor": "", "fmt": "", "clippy": "", "doc": "",
    },
  },
  "curl": {
    options: "-o=|--output= -O|--remote-name --remote-name-all -L|--location -s|--silent -S|--show-error -f|--fail --fail-with-body -k|--insecure -q -v|--verbose -i|--include -I|--head -X=|--request= -H=|--header= -d=|--data= --data-binary= --data-raw= --data-urlencode= -F=|--form= -u=|--user= -A=|--user-agent= -e=|--referer= -b=|--cookie= -c=|--cookie-jar= -x=|--proxy= -m=|--max-time= --connect-timeout= --retry= --retry-delay= --retry-max-time= --retry-all-errors --retry-connrefused -C=|--continue-at= -z=|--time-cond= -T=|--upload-file= -w=|--write-out= -K=|--config= --cacert= --capath= -E=|--cert= --key= --compressed -Z|--parallel --create-dirs --output-dir= -r=|--range= --proto= --proto-redir= --tlsv1.2 --tlsv1.3 --http1.1 --http2 -#|--progress-bar --no-progress-meter -n|--netrc -J|--remote-header-name -R|--remote-time --max-redirs= --limit-rate= --url=",
  },
  "wget": {
    options: "-O=|--output-document= -o=|--output-file= -a=|--append-output= -q|--quiet -v|--verbose -nv|--no-verbose -c|--continue -P=|--directory-prefix= -t=|--tries= -T=|--timeout= -N|--timestamping -r|--recursive -l=|--level= -np|--no-parent -nd|--no-directories -nH|--no-host-directories --no-check-certificate --ca-certificate= --ca-directory= --header= --user= --password= -U=|--user-agent= -i=|--input-file= -e=|--execute= --progress= --show-progress --https-only --max-redirect= -S|--server-response --spider --no-clobber|-nc --content-disposition --limit-rate= --secure-protocol=",
  },
  "useradd": {
    options: "-b=|--base-dir= -c=|--comment= -d=|--home-dir= -D|--defaults -e=|--expiredate= -f=|--inactive= -g=|--gid= -G=|--groups= -k=|--skel= -K=|--key= -l|--no-log-init -m|--create-home -M|--no-create-home -N|--no-user-group -o|--non-unique -p=|--password= -r|--system -R=|--root= -P=|--prefix= -s=|--shell= -u=|--uid= -U|--user-group -Z=|--selinux-user=",
  },
  "usermod": {
    options: "-a|--append -c=|--comment= -d=|--home= -e=|--expiredate= -f=|--inactive= -g=|--gid= -G=|--groups= -l=|--login= -L|--lock -m|--move-home -o|--non-unique -p=|--password= -R=|--root= -P=|--prefix= -s=|--shell= -u=|--uid= -U|--unlock -Z=|--selinux-user=",
  },
  "adduser": {
    // Debian's adduser and BusyBox's (Alpine) differ; both sets are listed, BusyBox's short options included.
    options: "--system --group --disabled-password|-D --disabled-login --no-create-home|-H --home=|-h= --shell=|-s= --uid=|-u= --gid= --ingroup=|-G= --gecos=|-g= --firstuid= --lastuid= --quiet|-q --force-badname --allow-bad-names --add-extra-groups --conf= -k= -S|--system-busybox",
  },
  // The official PHP images' helper: `-j N` is make's job count, not an extension.
  "docker-php-ext-install": { options: "-j=|--jobs=" },
  "pecl": {
    options: "-v -q -c= -C= -d= -D= -G -s -S -u= -V",
    subcommands: { "install": "-f|--force -l|--loose -n|--nodeps -r=|--installroot= --ignore-errors -a|--alldeps -o|--onlyreqdeps -B|--nobuild -Z|--nocompress -P=|--packagingroot= -s|--soft" },
  },
  "groupadd": { options: "-f|--force -g=|--gid= -K=|--key= -o|--non-unique -p=|--password= -r|--system -R=|--root= -P=|--prefix= -U=|--users=" },
  "addgroup": { options: "--system|-S --gid=|-g= --quiet|-q --force-badname --allow-bad-names" },
  "chown": { options: "-R|--recursive -h|--no-dereference -H -L -P -v|--verbose -c|--changes -f|--silent|--quiet --from= --reference= --dereference --preserve-root --no-preserve-root" },
  "chmod": { options: "-R|--recursive -v|--verbose -c|--changes -f|--silent|--quiet --reference= --preserve-root --no-preserve-root" },
  "chgrp": { options: "-R|--recursive -h|--no-dereference -H -L -P -v|--verbose -c|--changes -f|--silent|--quiet --from= --reference= --dereference --preserve-root --no-preserve-root" },
  "mv": { options: "-f|--force -i|--interactive -n|--no-clobber -u|--update -v|--verbose -b --backup= -S=|--suffix= -t=|--target-directory= -T|--no-target-directory --strip-trailing-slashes" },
  "make": { options: "-C=|--directory= -f=|--file=|--makefile= -j=|--jobs= -l=|--load-average= -k|--keep-going -s|--silent|--quiet -B|--always-make -e|--environment-overrides -i|--ignore-errors -n|--just-print|--dry-run -I=|--include-dir= -O=|--output-sync=" },
  "rm": { options: "-r|-R|--recursive -f|--force -i -I --interactive= -d|--dir -v|--verbose --one-file-system --preserve-root= --no-preserve-root" },
  "tar": {
    options: "-x|--extract|--get -c|--create -t|--list -r|--append -u|--update -z|--gzip|--gunzip|--ungzip -j|--bzip2 -J|--xz --zstd --lzma -a|--auto-compress -v|--verbose -f=|--file= -C=|--directory= -O|--to-stdout -p|--preserve-permissions|--same-permissions -o|--no-same-owner --same-owner --no-same-permissions -k|--keep-old-files --overwrite --strip-components= --exclude= -T=|--files-from= -X=|--exclude-from= --owner= --group= --mode= --numeric-owner -I=|--use-compress-program= --wildcards --no-anchored -h|--dereference -P|--absolute-names -m|--touch --warning= -w|--interactive",
  },
  "git": {
    options: "-C= -c= --git-dir= --work-tree= --namespace= --no-pager -p|--paginate --bare --exec-path= --no-replace-objects",
    subcommands: {
      "clone": "--depth= --shallow-since= --shallow-exclude= -b=|--branch= --single-branch --no-single-branch --recurse-submodules|--recursive --shallow-submodules -j=|--jobs= -o=|--origin= -q|--quiet -v|--verbose --bare --mirror -n|--no-checkout --filter= --reference= --template= -c=|--config= --no-tags --separate-git-dir= -u=|--upload-pack=",
      "checkout": "-b= -B= -f|--force -q|--quiet --detach", "fetch": "--depth= --tags -q|--quiet --all --prune", "pull": "", "submodule": "",
      "config": "--global --system --local --add --unset", "reset": "--hard --soft --mixed", "init": "", "log": "", "rev-parse": "", "describe": "", "archive": "--format= -o=|--output= --prefix=", "apply": "",
    },
  },
});

/** Program names that are the same tool as a listed one. */
export const PROGRAM_ALIASES = lookupTable<string>({
  "pip3": "pip",
  "pip2": "pip",
  "python -m pip": "pip",
  "yum-config-manager": "yum",
  "bsdtar": "tar",
});
