import { expect, it } from "vitest";
import { ndjsonStream } from "./ndjson";

async function lines(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const text = await new Response(stream).text();
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

it("writes one JSON line per value", async () => {
  const stream = ndjsonStream([{ a: 1 }, { b: "x\ny" }][Symbol.iterator](), { onError: () => null });
  expect(await lines(stream)).toEqual([{ a: 1 }, { b: "x\ny" }]);
});

it("ends with the onError line when the generator throws", async () => {
  function* failing() {
    yield { type: "start" };
    throw new Error("boom at /secret/path.ts:1:1");
  }
  const stream = ndjsonStream(failing(), { onError: () => ({ type: "error", message: "failed" }) });
  expect(await lines(stream)).toEqual([{ type: "start" }, { type: "error", message: "failed" }]);
});
