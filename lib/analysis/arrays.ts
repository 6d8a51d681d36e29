/**
 * `items.flatMap(map)` as a loop. V8 in Node 20 runs `Array.prototype.flatMap` 10–25 times slower than this (8 arrays
 * of 10 items: 10.5 µs against 0.43 µs), and the analysis maps per file, instruction and command.
 */
export function flatMapped<Item, Value>(items: readonly Item[], map: (item: Item, index: number) => readonly Value[]): Value[] {
  const values: Value[] = [];
  for (let i = 0; i < items.length; i++) {
    for (const value of map(items[i]!, i)) values.push(value);
  }
  return values;
}
