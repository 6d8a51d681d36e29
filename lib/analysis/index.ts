export { analyze, analyzeFile, profileSeverity, type AnalyzeOptions } from "./engine";
export { analysisEvents, type AnalysisEvent } from "./events";
export { ConfigError, DEFAULT_FAILURE_THRESHOLD, detectConfigFormat, parseConfig, type Config, type ConfigFormat } from "./config";
export { analyzeOptionsFrom } from "./request";
export { detectKind } from "./files";
export { ENGINE_RULES, findRule, isKnownRuleName, RULES } from "./rules";
export { PROFILES, type ProfileName, type Rule, type RuleMeta, type RuleDocs } from "./rules/types";
export { parseDockerfile, type DockerfileModel } from "./dockerfile/model";
export { applyEdits, LineIndex } from "./text";
export { ENGINE_VERSION } from "./version";
export { estimateImageSize, formatBytes, formatRange } from "./size";
export type { ByteRange, ImageSizeEstimate, LayerEstimate, SizeComparison, SizeImpact, SizeOptions, StageEstimate } from "./size";
export { SEVERITIES } from "./types";
export type {
  Applicability, Category, FileKind, FileReport, Finding, Fix, Position, Range, Report, Severity, SourceFile, TextEdit,
} from "./types";
