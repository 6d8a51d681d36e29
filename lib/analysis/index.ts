export { analyze, analyzeFile, type AnalyzeOptions } from "./engine";
export { analysisEvents, type AnalysisEvent } from "./events";
export { DEFAULT_FAILURE_THRESHOLD, type Config, type LabelType, type RuleOptions } from "./config";
export { detectKind } from "./files";
export { findRule, RULES } from "./rules";
export type { Rule, RuleMeta, RuleDocs } from "./rules/types";
export { applyEdits, LineIndex } from "./text";
export { ENGINE_VERSION } from "./version";
export { SEVERITIES } from "./types";
export type {
  Applicability, Category, FileKind, FileReport, Finding, Fix, Position, Range, Report, Severity, SourceFile, TextEdit,
} from "./types";
