import { describe, expect, it } from "vitest";
import "./bundled-data";
import { baseImagePackages, debianPackages } from "./data";
import { aptClosure, InstalledPackages, memoisedAptClosure, NO_PACKAGES, packageName } from "./debian";

// Expected package lists and sizes were computed by walking debian-bookworm-amd64-packages.json by hand
// (Depends first, breadth first, skipping what debian:bookworm-slim already has).
const slim = new Set(baseImagePackages("debian:bookworm-slim")!.packages);

describe("aptClosure", () => {
  it("adds wget and its one missing dependency without Recommends", () => {
    const selection = aptClosure(debianPackages("bookworm"), ["wget"], { recommends: false, installed: slim });
    expect(selection.packages).toEqual(["wget", "libpsl5"]);
    expect(selection.installedBytes).toBe((3521 + 96) * 1024);
    // Their files gzipped, as measured (scripts/data/debian-bookworm-gzip-bytes.json).
    expect(selection.measuredGzipBytes).toBe(1515898 + 62352);
  });

  it("follows Recommends (ca-certificates → openssl → libssl3, publicsuffix) unless told not to", () => {
    const selection = aptClosure(debianPackages("bookworm"), ["wget"], { recommends: true, installed: slim });
    expect(selection.packages).toEqual(["wget", "libpsl5", "ca-certificates", "publicsuffix", "openssl", "libssl3"]);
    expect(selection.installedBytes).toBe(12683 * 1024);
    expect(selection.measuredGzipBytes).toBe(1515898 + 62352 + 159337 + 143680 + 1533866 + 2517566);
  });

  it("reads trixie's own packages on trixie-slim, under their 64-bit-time names", () => {
    // Walked by hand in trixie's table: trixie-slim's apt uses OpenSSL, so wget brings GnuTLS and its libraries.
    const trixieSlim = new Set(baseImagePackages("debian:trixie-slim")!.packages);
    const selection = aptClosure(debianPackages("trixie"), ["wget"], { recommends: false, installed: trixieSlim });
    expect(selection.packages).toEqual(["wget", "libgnutls30t64", "libidn2-0", "libpsl5t64", "libp11-kit0", "libtasn1-6", "libunistring5", "libffi8"]);
    expect(selection.installedBytes).toBe(12002 * 1024);
  });

  it("pulls curl's 16 packages on bookworm-slim", () => {
    const selection = aptClosure(debianPackages("bookworm"), ["curl"], { recommends: false, installed: slim });
    expect(selection.packages).toHaveLength(16);
    expect(selection.installedBytes).toBe(11695 * 1024);
    expect(selection.measuredGzipBytes).toBe(5084651);
    expect(selection.unmeasuredDebBytes).toBe(0);
  });

  it("satisfies a virtual package with an installed provider, else with its first provider", () => {
    // libapt-pkg-dev depends on the virtual libapt-pkg, provided by libapt-pkg6.0 (in bookworm-slim).
    expect(aptClosure(debianPackages("bookworm"), ["libapt-pkg-dev"], { recommends: false, installed: slim }).packages).toEqual(["libapt-pkg-dev"]);
    expect(aptClosure(debianPackages("bookworm"), ["libapt-pkg-dev"], { recommends: false, installed: new Set(["libc6", "libgcc-s1", "gcc-12-base"]) }).packages)
      .toContain("libapt-pkg6.0");
  });

  it("reports names the data does not know and counts nothing for them", () => {
    const selection = aptClosure(debianPackages("bookworm"), ["no-such-package"], { recommends: true, installed: slim });
    expect(selection).toEqual({ ...NO_PACKAGES, packages: [], unknown: ["no-such-package"] });
    // Names of Object.prototype's members are names like any other.
    const prototypeNames = ["constructor", "__proto__", "toString"];
    expect(aptClosure(debianPackages("trixie"), prototypeNames, { recommends: true, installed: slim })).toEqual({ ...NO_PACKAGES, packages: [], unknown: prototypeNames });
  });

  it("sums the Installed-Size of the packages holding Python modules apart", () => {
    // python3-yaml pulls the interpreter in: of its 24 packages, python3-yaml (493 KiB), libpython3.11-stdlib (8330)
    // and libpython3.11-minimal (5214) hold modules; python3.11-minimal is the interpreter binary.
    const selection = aptClosure(debianPackages("bookworm"), ["python3-yaml"], { recommends: false, installed: slim });
    expect(selection.packages).toHaveLength(24);
    expect(selection.pythonBytes).toBe((493 + 8330 + 5214) * 1024);
  });
});

describe("the Debian index", () => {
  it("holds the measured layer bytes of a package, and none for one not measured", () => {
    expect(debianPackages("bookworm").get("wget")!.layer).toEqual({ gzipBytes: 1515898, slimGzipBytes: 224851, slimLeftOutBytes: 2985458 });
    expect(debianPackages("bookworm").get("figlet")!.layer).toBeUndefined();
  });

  it("sums measured and unmeasured packages apart", () => {
    const sums = aptClosure(debianPackages("bookworm"), ["wget", "figlet"], { recommends: false, installed: slim });
    expect(sums).toMatchObject({ count: 3, measuredGzipBytes: 1515898 + 62352, unmeasuredDebBytes: 136540, unmeasuredInstalledBytes: 739 * 1024 });
  });

  it("tells the packages whose install byte-compiles Python modules", () => {
    const holds = (name: string) => debianPackages("bookworm").get(name)!.pythonModules;
    expect(["mercurial-common", "python3-pip", "libpython3.11-stdlib", "libpython3.11-minimal", "ansible"].filter(holds)).toHaveLength(5);
    // Headers, the interpreter binary, packages without Python.
    expect(["python3-dev", "python3.11-minimal", "git", "libssl3"].some(holds)).toBe(false);
  });
});

describe("InstalledPackages and memoisedAptClosure", () => {
  it("gives the closure aptClosure gives, for the packages present after installs and removals", () => {
    const installed = InstalledPackages.over(slim);
    const wget = memoisedAptClosure(debianPackages("bookworm"), ["wget"], { recommends: false, installed });
    expect(wget.selection).toEqual(aptClosure(debianPackages("bookworm"), ["wget"], { recommends: false, installed: slim }));
    installed.addClosure(wget);
    expect(installed.has("wget")).toBe(true);
    expect(installed.has("libc6")).toBe(true);

    installed.removeAll(["wget"]);
    expect(installed.has("wget")).toBe(false);
    const again = memoisedAptClosure(debianPackages("bookworm"), ["wget"], { recommends: false, installed });
    expect(again.selection.packages).toEqual(["wget"]);
    installed.addClosure(again);
    expect(installed.has("wget")).toBe(true);
  });

  it("keys the contents by their history, so a copy and the original diverge", () => {
    const installed = InstalledPackages.over(slim);
    installed.addClosure(memoisedAptClosure(debianPackages("bookworm"), ["curl"], { recommends: false, installed }));
    const copy = installed.copy();
    expect(copy.key).toBe(installed.key);
    copy.removeAll(["curl"]);
    expect(copy.key).not.toBe(installed.key);
    expect(copy.has("curl")).toBe(false);
    expect(installed.has("curl")).toBe(true);
    // The same request on different contents is a different closure.
    expect(memoisedAptClosure(debianPackages("bookworm"), ["curl"], { recommends: false, installed: copy }).selection.packages).toEqual(["curl"]);
    expect(memoisedAptClosure(debianPackages("bookworm"), ["curl"], { recommends: false, installed }).selection.packages).toEqual([]);
  });

  it("records the names a closure looked up, and tells which names two sets disagree on", () => {
    const withRecommends = InstalledPackages.over(slim);
    const wget = memoisedAptClosure(debianPackages("bookworm"), ["wget"], { recommends: true, installed: withRecommends });
    // Everything added was looked up first, and so were the installed dependencies it stopped at.
    for (const name of wget.added) expect(wget.reads.has(name)).toBe(true);
    expect(wget.reads.has("libc6")).toBe(true);
    const without = InstalledPackages.over(slim);
    const plain = memoisedAptClosure(debianPackages("bookworm"), ["wget"], { recommends: false, installed: without });
    withRecommends.addClosure(wget);
    without.addClosure(plain);
    const recommendsOnly = [...wget.added].filter((name) => !plain.added.has(name)).sort();
    expect(recommendsOnly.length).toBeGreaterThan(0);
    expect([...withRecommends.differences(without)!].sort()).toEqual(recommendsOnly);
    expect(withRecommends.differences(withRecommends.copy())!.size).toBe(0);
    expect(withRecommends.differences(InstalledPackages.over(new Set()))).toBeUndefined();
  });
});

describe("packageName", () => {
  it("strips version pins, architectures and target releases", () => {
    expect(packageName("curl=7.88.1-10+deb12u5")).toBe("curl");
    expect(packageName("libc6:amd64")).toBe("libc6");
    expect(packageName("git/bookworm-backports")).toBe("git");
    expect(packageName("lib*")).toBeUndefined();
  });
});
