/** Ids on the report page, shared by the file view and the panels that link into it. */
export const lineAnchor = (fileIndex: number, line: number) => `L${fileIndex}-${line}`;
export const findingAnchor = (fileIndex: number, findingIndex: number) => `f${fileIndex}-${findingIndex}`;
