/**
 * Provides the bundled size data to the estimator. Imported by the server entry points (the CLI, the API routes); keep it
 * out of browser bundles, which have no use for the 4.6 MB Debian table.
 */
import basePackages from "./data/base-image-packages.json";
import baseImages from "./data/base-images.json";
import debian from "./data/debian-bookworm-packages.json";
import { provideSizeData, type SizeData } from "./data";

provideSizeData({ debian, baseImages, basePackages } as unknown as SizeData);
