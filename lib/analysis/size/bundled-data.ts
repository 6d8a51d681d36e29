/**
 * Provides the bundled size data to the estimator. Imported by the server entry points (the CLI, the API routes); keep it
 * out of browser bundles, which have no use for the Debian tables (4.6 and 5.6 MB).
 */
import basePackages from "./data/base-image-packages.json";
import baseImages from "./data/base-images.json";
import bookworm from "./data/debian-bookworm-packages.json";
import trixie from "./data/debian-trixie-packages.json";
import npm from "./data/npm-packages.json";
import { provideSizeData, type SizeData } from "./data";

provideSizeData({ debian: { bookworm, trixie }, npm, baseImages, basePackages } as unknown as SizeData);
