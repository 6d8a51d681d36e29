import { describe, expect, it } from "vitest";
import { copiedFileName } from "./paths";

describe("copiedFileName", () => {
  it("names the one file a source copies, a URL's by its path", () => {
    expect(copiedFileName("docker-entrypoint.sh")).toBe("docker-entrypoint.sh");
    expect(copiedFileName("./target/app.jar")).toBe("app.jar");
    expect(copiedFileName("https://github.com/krallin/tini/releases/download/v0.19.0/tini?raw=1#x")).toBe("tini");
  });

  it("names nothing that may be a directory, several files or an unknown value", () => {
    for (const source of [".", "./", "src", "bin/", ".env", "*.jar", "dist/[ab].js", "$APP_JAR", "../"]) expect(copiedFileName(source), source).toBeUndefined();
  });
});
