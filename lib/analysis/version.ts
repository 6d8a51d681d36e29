/** The engine's version; it equals package.json's version (a test checks). */
export const ENGINE_VERSION = "0.1.0";
