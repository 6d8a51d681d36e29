import type { Range } from "../types";
import type { Instruction } from "./model";

/** One `EXPOSE` word, split as `[host-ip:][host-port:]port[-end][/protocol]`. */
export interface ExposedPort {
  text: string;
  range: Range;
  /** What precedes the container port (`8080`, `127.0.0.1:8080`), when a host mapping was written. */
  host: string | undefined;
  /** The container port or range, e.g. `80` or `8000-8010`. */
  port: string;
  protocol: string | undefined;
  protocolRange: Range | undefined;
  /** True when the word contains a variable, so its value is unknown. */
  dynamic: boolean;
}

export function exposedPorts(expose: Instruction): ExposedPort[] {
  return expose.args.map(({ value, range }) => {
    const slash = value.lastIndexOf("/");
    const protocol = slash >= 0 ? value.slice(slash + 1) : undefined;
    const address = slash >= 0 ? value.slice(0, slash) : value;
    const colon = address.lastIndexOf(":");
    const protocolRange = slash >= 0 && range.start.line === range.end.line
      ? { start: { line: range.start.line, column: range.start.column + slash + 1 }, end: range.end }
      : undefined;
    return {
      text: value,
      range,
      host: colon >= 0 ? address.slice(0, colon) : undefined,
      port: colon >= 0 ? address.slice(colon + 1) : address,
      protocol,
      protocolRange,
      dynamic: value.includes("$"),
    };
  });
}

/** The numeric bounds of a port or `start-end` range, or undefined when it is not numeric. */
export function portBounds(port: string): [number, number] | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!match) return undefined;
  const start = Number(match[1]);
  return [start, match[2] === undefined ? start : Number(match[2])];
}
