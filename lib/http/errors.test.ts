import { describe, expect, it } from "vitest";
import { ApiError, methodNotAllowed } from "./errors";
import { readJsonBody } from "./read-json-body";

describe("API error responses", () => {
  it("answer a method a route does not take with 405, its Allow header and the JSON error shape", async () => {
    const response = methodNotAllowed("GET", "DELETE")();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, DELETE, OPTIONS");
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "This address answers GET and DELETE only." } });
  });

  it("name the scheme a 401 wants", () => {
    expect(new ApiError("unauthorized", "Send the delete token.").toResponse().headers.get("www-authenticate")).toBe("Bearer");
  });
});

describe("readJsonBody", () => {
  const post = (type: string | undefined) =>
    new Request("http://localhost/api/analyze", { method: "POST", body: '{"files":[]}', headers: type ? { "content-type": type } : {} });

  it("takes JSON media types and refuses forms and text/plain, which a cross-site page can send without a preflight", async () => {
    for (const type of ["application/json", "application/json; charset=utf-8", "application/vnd.api+json"]) expect(await readJsonBody(post(type))).toEqual({ files: [] });
    for (const type of ["application/x-www-form-urlencoded", "text/plain;charset=UTF-8", "multipart/form-data; boundary=x"]) {
      await expect(readJsonBody(post(type))).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
    }
  });

  it("refuses a body with no type, as sendBeacon sends an untyped Blob across sites", async () => {
    const untyped = new Request("http://localhost/api/analyze", { method: "POST", body: new Blob(['{"files":[]}']) });
    expect(untyped.headers.get("content-type")).toBeNull();
    await expect(readJsonBody(untyped)).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
  });
});
