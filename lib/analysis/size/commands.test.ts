import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../dockerfile/model";
import { runDetails } from "../dockerfile/run";
import { runFacts, runFactsWithCommands, type CommandFact } from "./commands";

function readFacts(run: string): CommandFact[] {
  const model = parseDockerfile(`FROM debian\n${run}\n`);
  return runFacts(model, model.instructions[1]!).facts;
}

function factsOf(run: string): Omit<CommandFact, "range">[] {
  return readFacts(run).map(({ range: _range, ...fact }) => fact);
}

describe("runFacts", () => {
  it("reads apt-get update, install flags, removal and list cleanup", () => {
    expect(factsOf("RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88* git \\\n && apt-get purge -y --auto-remove git && rm -rf /var/lib/apt/lists/*")).toEqual([
      { kind: "update", manager: "apt" },
      { kind: "install", manager: "apt", packages: ["curl=7.88*", "git"], requirementFiles: [], noInstallRecommends: true, noCache: false, omitDev: false, global: false, updatesLists: false },
      { kind: "remove", manager: "apt", packages: ["git"], autoRemove: true },
      { kind: "delete", paths: [expect.objectContaining({ value: "/var/lib/apt/lists/*" })], partial: false },
    ]);
  });

  it("reads no install from apt's simulations, downloads and printed URLs", () => {
    expect(factsOf("RUN apt-get install -s postgresql-17-jit && apt-get install -d curl && apt install --print-uris git")).toEqual([]);
  });

  it("reads Maven and Gradle builds, their dependency downloads, and commands that build nothing", () => {
    expect(factsOf("RUN mvn dependency:go-offline && ./mvnw -B -q package -DskipTests && gradle :app:bootJar && ./gradlew dependencies && mvn -v && gradle test")).toEqual([
      { kind: "fetch-dependencies", tool: "maven" },
      { kind: "build", tool: "maven", static: false },
      { kind: "build", tool: "gradle", static: false },
      { kind: "fetch-dependencies", tool: "gradle" },
    ]);
  });

  it("reads dotnet restore, build and publish, self-contained or not", () => {
    expect(factsOf("RUN dotnet restore -a $TARGETARCH && dotnet publish -c Release -o /app --self-contained false && dotnet publish -r linux-x64 --sc -o /out && dotnet build -o /b && dotnet test && mvn -B clean compile assembly:single")).toEqual([
      { kind: "fetch-dependencies", tool: "dotnet" },
      { kind: "build", tool: "dotnet", output: "/app", static: false, selfContained: false },
      { kind: "build", tool: "dotnet", output: "/out", static: false, selfContained: true },
      { kind: "build", tool: "dotnet", output: "/b", static: false, selfContained: false },
      { kind: "build", tool: "maven", static: false },
    ]);
  });

  it("reads composer installs and requires, not dry runs nor requires that install nothing", () => {
    expect(factsOf("RUN composer install --no-dev --no-cache -d /srv && composer require --update-no-dev monolog/monolog && composer install --dry-run && composer require --no-update x/y && composer dump-autoload")).toEqual([
      expect.objectContaining({ kind: "install", manager: "composer", packages: [], omitDev: true, noCache: true, target: "/srv" }),
      expect.objectContaining({ kind: "install", manager: "composer", packages: ["monolog/monolog"], omitDev: true, noCache: false }),
    ]);
  });

  it("keeps the package indexes pip is pointed at", () => {
    expect(factsOf("RUN pip install --index-url https://download.pytorch.org/whl/cpu --extra-index-url=https://pypi.org/simple torch")).toEqual([
      expect.objectContaining({ kind: "install", manager: "pip", packages: ["torch"], indexUrls: ["https://download.pytorch.org/whl/cpu", "https://pypi.org/simple"] }),
    ]);
  });

  it("reads chown, chgrp and chmod with the paths they change", () => {
    expect(readFacts("RUN chown -R app:app /srv /data && chmod +x /usr/local/bin/start && chgrp --reference=/etc /opt/x").map((fact) => fact.kind === "rewrite" ? [fact.command, fact.recursive, fact.paths.map((word) => word.value)] : fact)).toEqual([
      ["chown -R", true, ["/srv", "/data"]],
      ["chmod", false, ["/usr/local/bin/start"]],
      ["chgrp", false, ["/opt/x"]],
    ]);
  });

  it("reads apk virtual groups and --no-cache", () => {
    expect(factsOf("RUN apk add --no-cache --virtual .build-deps gcc musl-dev && apk del .build-deps")).toEqual([
      expect.objectContaining({ kind: "install", manager: "apk", packages: ["gcc", "musl-dev"], noCache: true, virtual: ".build-deps" }),
      { kind: "remove", manager: "apk", packages: [".build-deps"], autoRemove: true },
    ]);
  });

  it("reads pip requirement files, targets and python -m pip", () => {
    expect(factsOf("RUN python3 -m pip install --no-cache-dir --prefix=/install -r requirements.txt flask")).toEqual([
      expect.objectContaining({ kind: "install", manager: "pip", packages: ["flask"], requirementFiles: ["requirements.txt"], noCache: true, target: "/install" }),
    ]);
  });

  it("tells npm ci from a version check and reads --omit=dev and builds", () => {
    expect(factsOf("RUN npm ci --omit=dev && npm run build && yarn --version")).toEqual([
      expect.objectContaining({ kind: "install", manager: "npm", packages: [], omitDev: true }),
      { kind: "build", tool: "node-script", static: false },
    ]);
  });

  it("reads downloads, extraction and shell variables", () => {
    expect(factsOf("RUN url='https://go.dev/dl/go1.23.4.linux-amd64.tar.gz'; curl -fsSLo go.tgz \"$url\" && tar -C /usr/local -xzf go.tgz && rm go.tgz")).toEqual([
      { kind: "assign", name: "url", value: "https://go.dev/dl/go1.23.4.linux-amd64.tar.gz", branch: false },
      { kind: "download", url: "$url", output: "go.tgz", pipedToShell: false },
      { kind: "extract", archive: "go.tgz", directory: "/usr/local", strips: false },
      { kind: "delete", paths: [expect.objectContaining({ value: "go.tgz" })], partial: false },
    ]);
  });

  it("reads the archive and directory of tar extractions in their usual spellings", () => {
    expect(factsOf("RUN tar xzf app.tgz -C /opt && tar --extract --file=b.tar.xz --strip-components=1 && tar -cf out.tar xdir")).toEqual([
      { kind: "extract", archive: "app.tgz", directory: "/opt", strips: false },
      { kind: "extract", archive: "b.tar.xz", directory: undefined, strips: true },
    ]);
  });

  it("reads static Go builds and cache mounts", () => {
    const model = parseDockerfile("FROM golang\nRUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/app .\n");
    const { facts, cacheMounts } = runFacts(model, model.instructions[1]!);
    expect(cacheMounts).toEqual(["/root/.cache/go-build"]);
    expect(facts).toEqual([expect.objectContaining({ kind: "build", tool: "go", output: "/out/app", static: true })]);
  });

  it("reads go mod download and git clone, shallow or not, into a directory or not", () => {
    expect(factsOf("RUN go mod download && go mod verify")).toEqual([{ kind: "fetch-dependencies", tool: "go" }]);
    expect(factsOf("RUN git clone --depth 1 -b v2 https://github.com/acme/tool.git /src/tool && git -C /src/tool log")).toEqual([
      { kind: "clone", url: "https://github.com/acme/tool.git", directory: "/src/tool", shallow: true },
    ]);
    expect(factsOf("RUN git clone https://github.com/acme/tool")).toEqual([{ kind: "clone", url: "https://github.com/acme/tool", directory: undefined, shallow: false }]);
  });

  it("reads the PHP extensions docker-php-ext-install and pecl install build", () => {
    expect(factsOf("RUN docker-php-ext-configure gd --with-jpeg && docker-php-ext-install -j \"$(nproc)\" gd pdo_mysql")).toEqual([
      { kind: "php-extensions", tool: "docker-php-ext-install", extensions: ["gd", "pdo_mysql"] },
    ]);
    expect(factsOf("RUN pecl -q install -o -f redis-6.1.0 && pecl channel-update pecl.php.net && docker-php-ext-enable redis")).toEqual([
      { kind: "php-extensions", tool: "pecl", extensions: ["redis-6.1.0"] },
    ]);
  });

  it("reads exec-form RUN, and marks RUN under PowerShell as unreadable", () => {
    const exec = parseDockerfile('FROM debian\nRUN ["apt-get", "install", "-y", "curl"]\n');
    expect(runFacts(exec, exec.instructions[1]!)).toMatchObject({ unreadable: false, facts: [{ kind: "install", manager: "apt", packages: ["curl"] }] });
    const windows = parseDockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Invoke-WebRequest https://example.com/a.zip\n');
    expect(runFacts(windows, windows.instructions[2]!).unreadable).toBe(true);
  });

  it("reads exact rm operands, after -- too, and nothing from an rm without operands", () => {
    expect(factsOf("RUN rm -rf -- /var/lib/apt/lists/* && rm -f")).toEqual([
      { kind: "delete", paths: [expect.objectContaining({ value: "/var/lib/apt/lists/*", literal: false })], partial: false },
    ]);
  });

  it("marks assignments in case and if branches, and leaves command output unknown", () => {
    expect(factsOf('RUN arch="$(dpkg --print-architecture)"; case "$arch" in amd64) url=a.tgz ;; arm64) url=b.tgz ;; esac; export A=1 B')).toEqual([
      { kind: "assign", name: "url", value: "a.tgz", branch: true },
      { kind: "assign", name: "url", value: "b.tgz", branch: true },
      { kind: "assign", name: "A", value: "1", branch: false },
    ]);
  });

  it("reads sh -c scripts and heredoc scripts", () => {
    expect(factsOf("RUN sh -c 'apk add --no-cache git'")).toEqual([expect.objectContaining({ kind: "install", manager: "apk", packages: ["git"], noCache: true })]);
    expect(factsOf("RUN <<EOF\napk update\napk add git\nEOF")).toEqual([
      { kind: "update", manager: "apk" },
      expect.objectContaining({ kind: "install", manager: "apk", packages: ["git"], noCache: false }),
    ]);
  });

  it("skips downloads read by $(…), and sees install scripts piped to a shell", () => {
    expect(factsOf("RUN V=$(curl -fsSL https://example.com/latest) && curl -fsSL https://get.example.com | sh")).toEqual([
      { kind: "download", url: "https://get.example.com", output: undefined, pipedToShell: true },
    ]);
  });

  it("reads option values from the option tables, not as packages", () => {
    expect(factsOf("RUN apt-get -o APT::Install-Recommends=false install -y curl")).toEqual([
      expect.objectContaining({ kind: "install", manager: "apt", packages: ["curl"], noInstallRecommends: true }),
    ]);
    expect(factsOf("RUN yarn install --network-timeout 600000 && pnpm --filter web --prod install")).toEqual([
      expect.objectContaining({ kind: "install", manager: "yarn", packages: [], omitDev: false }),
      expect.objectContaining({ kind: "install", manager: "pnpm", packages: [], omitDev: true }),
    ]);
    expect(factsOf("RUN uv pip install --system -r requirements.txt flask && bundle install --jobs 4")).toEqual([
      expect.objectContaining({ kind: "install", manager: "pip", packages: ["flask"], requirementFiles: ["requirements.txt"] }),
      expect.objectContaining({ kind: "install", manager: "bundle", packages: [] }),
    ]);
  });
});

describe("runFactsWithCommands", () => {
  // What a fact says, without its range: ranges of a command read alone point into that text, not the file.
  const said = (facts: readonly CommandFact[]) => JSON.parse(JSON.stringify(facts.map(({ range: _range, ...fact }) => fact), (key, value) => (key === "paths" ? value.map((word: { value: string }) => word.value) : value)));
  const RUN = "RUN if [ \"$X\" = 1 ]; then \\\n      url=https://example.com/a.tgz; \\\n      apt-get install -y curl; \\\n    fi && apt-get update";

  /** The facts of `run` with the commands of the given programs (`undefined`: an assignment) read from other texts. */
  function withCommands(run: string, texts: [program: string | undefined, text: string][]) {
    const model = parseDockerfile(`FROM debian\n${run}\n`);
    const instruction = model.instructions[1]!;
    const commands = runDetails(model, instruction).commands;
    return runFactsWithCommands(model, instruction, new Map(texts.map(([program, text]) => [commands.find((candidate) => candidate.program === program)!, text])));
  }

  it("reads the command's new text in its place and context, as reading the whole RUN again would", () => {
    const edited = RUN.replace("install -y curl", "install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*");
    expect(said(withCommands(RUN, [["apt-get", "apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*"]])!.facts))
      .toEqual(said(readFacts(edited)));
    const assignment = withCommands(RUN, [[undefined, "url=https://example.com/b.tgz"]])!.facts[0];
    expect(assignment).toMatchObject({ kind: "assign", name: "url", value: "https://example.com/b.tgz", branch: true });
  });

  it("reads several edited commands each in its place", () => {
    const run = "RUN apt-get update && apt-get install -y curl && pip install flask";
    const edited = "RUN apt-get update && apt-get install -y --no-install-recommends curl && pip install --no-cache-dir flask";
    const model = parseDockerfile(`FROM debian\n${run}\n`);
    const [, install, pip] = runDetails(model, model.instructions[1]!).commands;
    const facts = runFactsWithCommands(model, model.instructions[1]!, new Map([
      [install!, "apt-get install -y --no-install-recommends curl"],
      [pip!, "pip install --no-cache-dir flask"],
    ]))!.facts;
    expect(said(facts)).toEqual(said(readFacts(edited)));
  });

  it("declines when the command is piped, or the text holds a line that is not continued", () => {
    expect(withCommands("RUN curl -fsSL https://example.com/install.sh | sh", [["curl", "curl -fsSL https://example.com/other.sh"]])).toBeUndefined();
    expect(withCommands(RUN, [["apt-get", "apt-get install -y curl\nrm -rf /tmp"]])).toBeUndefined();
  });
});

describe("runFactsWithCommands with appended commands", () => {
  const said = (facts: readonly CommandFact[]) => JSON.parse(JSON.stringify(facts.map(({ range: _range, ...fact }) => fact), (key, value) => (key === "paths" ? value.map((word: { value: string }) => word.value) : value)));
  const RUN = "RUN if [ \"$X\" = 1 ]; then \\\n      apt-get update && apt-get install -y curl; \\\n    fi";
  const appended = (run: string, text: string) => {
    const model = parseDockerfile(`FROM debian\n${run}\n`);
    return runFactsWithCommands(model, model.instructions[1]!, new Map(), text);
  };

  it("adds the appended commands' facts after the RUN's, at the top level, as reading the whole RUN again would", () => {
    const facts = appended(RUN, " && rm -rf /var/lib/apt/lists/* && pip install flask")!.facts;
    expect(said(facts)).toEqual(said(readFacts(`${RUN} && rm -rf /var/lib/apt/lists/* && pip install flask`)));
    expect(facts.at(-1)).not.toHaveProperty("guards");
  });

  it("declines a text that does not start a new command or does not read as simple commands, and a script that does not parse", () => {
    expect(appended(RUN, " rm -rf /tmp")).toBeUndefined();
    expect(appended(RUN, " && if true; then rm -rf /tmp; fi")).toBeUndefined();
    expect(appended("RUN if true; then apt-get update", " && rm -rf /var/lib/apt/lists/*")).toBeUndefined();
  });
});

