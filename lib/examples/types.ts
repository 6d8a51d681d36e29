/** A ready-made workspace from the Examples menu. */
export interface Example {
  id: string;
  title: string;
  /** One or two sentences: what it shows and why. */
  description: string;
  files: Array<{ path: string; content: string }>;
}
