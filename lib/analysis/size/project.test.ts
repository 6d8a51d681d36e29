import { describe, expect, it } from "vitest";
import { readProjectFiles } from "./project";

const node = (path: string, content: string) => readProjectFiles([{ path, content }]).node;

describe("readProjectFiles: Node packages by name", () => {
  it("names what package-lock.json installs on linux/amd64, nested ones by their own name, dev-only ones apart", () => {
    const lock = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        "": { name: "app" },
        "node_modules/next": { version: "16.4.6" },
        "node_modules/@next/swc-linux-x64-gnu": { version: "16.4.6", optional: true, os: ["linux"], cpu: ["x64"] },
        "node_modules/@next/swc-darwin-arm64": { optional: true, os: ["darwin"], cpu: ["arm64"] },
        "node_modules/@next/swc-win32-x64-msvc": { optional: true, os: ["win32"], cpu: ["x64"] },
        "node_modules/fsevents": { optional: true, os: ["!linux", "!win32"] },
        "node_modules/@rollup/rollup-linux-x64-musl": { optional: true, os: ["linux"], cpu: ["x64"], libc: ["musl"] },
        "node_modules/a/node_modules/@b/c": {},
        "node_modules/typescript": { version: "5.9.3", dev: true },
      },
    });
    const locked = node("web/package-lock.json", lock).locked!;
    expect(locked.all).toEqual([{ name: "next", version: "16.4.6" }, { name: "@next/swc-linux-x64-gnu", version: "16.4.6" }, { name: "@b/c" }, { name: "typescript", version: "5.9.3" }]);
    expect(locked.production.map((entry) => entry.name)).toEqual(["next", "@next/swc-linux-x64-gnu", "@b/c"]);
    expect(locked.file).toBe("package-lock.json");
  });

  it("names the entries of yarn.lock (v1 and berry) and pnpm-lock.yaml (v5, v6 and v9)", () => {
    const yarnV1 = '# yarn lockfile v1\n\n"@babel/core@^7.0.0", "@babel/core@^7.1.0":\n  version "7.24.0"\n\nlodash@^4.17.21:\n  version "4.17.21"\n';
    expect(node("yarn.lock", yarnV1).locked?.all.map((entry) => entry.name)).toEqual(["@babel/core", "lodash"]);
    const berry = '__metadata:\n  version: 8\n\n"@babel/core@npm:^7.0.0":\n  version: 7.24.0\n\n"lodash@npm:^4.17.21":\n  version: 4.17.21\n';
    expect(node("yarn.lock", berry).locked?.all.map((entry) => entry.name)).toEqual(["@babel/core", "lodash"]);
    expect(node("pnpm-lock.yaml", "lockfileVersion: 5.4\npackages:\n  /@babel/core/7.24.0:\n    dev: false\n  /lodash/4.17.21:\n    dev: false\n").locked?.all.map((entry) => entry.name)).toEqual(["@babel/core", "lodash"]);
    expect(node("pnpm-lock.yaml", "lockfileVersion: '6.0'\npackages:\n  /@babel/core@7.24.0:\n    dev: false\n  /react-dom@18.3.1(react@18.3.1):\n    dev: false\n").locked?.all.map((entry) => entry.name)).toEqual(["@babel/core", "react-dom"]);
    expect(node("pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  '@babel/core@7.24.0':\n    resolution: {}\n  lodash@4.17.21:\n    resolution: {}\n").locked?.all.map((entry) => entry.name)).toEqual(["@babel/core", "lodash"]);
  });

  it("names package.json's direct dependencies, dev ones apart, and ignores a file that is not JSON", () => {
    const manifest = JSON.stringify({ dependencies: { next: "^15.0.0", react: "^19.0.0" }, devDependencies: { typescript: "^5.6.0" } });
    expect(node("package.json", manifest).direct).toEqual({ dependencies: ["next", "react"], devDependencies: ["typescript"], file: "package.json" });
    expect(node("package.json", "{ not json").direct).toBeUndefined();
  });
});
