import { parseRateLimit } from "@/lib/share/rate-limit";
import { getReportStore } from "@/lib/storage";
import { createReportHandlers } from "./handlers";

/** The reports API on the process-wide store, with the rate limit from SHIPSHAPE_SHARE_RATE_LIMIT. */
export const reportHandlers = createReportHandlers({ getStore: getReportStore, rateLimit: parseRateLimit(process.env.SHIPSHAPE_SHARE_RATE_LIMIT) });
