import { expect, it } from "vitest";
import { GET } from "./route";

it("GET /api/health answers 200 {status: ok}", async () => {
  const response = GET();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
