import { example as nodeMultiStage } from "./node-multi-stage";
import { example as goPipeline } from "./go-pipeline";
import { example as nonRootPython } from "./non-root-python";
import { example as minimalBases } from "./minimal-bases";
import { example as secretsBad } from "./secrets-bad";
import { example as secretsGood } from "./secrets-good";
import { example as cachingBad } from "./caching-bad";
import { example as cachingGood } from "./caching-good";
import { example as composeDevProd } from "./compose-dev-prod";
import { example as healthChecks } from "./health-checks";
import { example as networking } from "./networking";
import { example as badKitchenSink } from "./bad-kitchen-sink";
import { example as badUnpinned } from "./bad-unpinned";
import type { Example } from "./types";

export type { Example } from "./types";

/** Every example, good practice first, then the typical mistakes. Our own texts and files. */
export const EXAMPLES: readonly Example[] = [nodeMultiStage, goPipeline, nonRootPython, minimalBases, secretsBad, secretsGood, cachingBad, cachingGood, composeDevProd, healthChecks, networking, badKitchenSink, badUnpinned];

/** What a new visitor sees: a file with several findings and fixes to try. */
export const DEFAULT_EXAMPLE_ID = "bad-kitchen-sink";

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
