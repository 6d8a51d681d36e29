import "../analysis/size/bundled-data";
import { analyze, analyzeOptionsFrom, type Report } from "../analysis";
import type { SharedWorkspace } from "./document";

/**
 * Reviews a shared workspace the way the editor reviewed it: its profile, config, build target, build arguments and
 * size assumptions (kept in `settings` by the dashboard). Throws `ConfigError` for an invalid profile or config.
 */
export function analyzeWorkspace(workspace: SharedWorkspace): Report {
  const settings = workspace.settings ?? {};
  return analyze(workspace.files, analyzeOptionsFrom({
    profile: workspace.profile ?? settings.profile,
    config: workspace.config,
    target: settings.target ?? undefined,
    buildArgs: settings.buildArgs,
    assumptions: settings.assumptions,
  }));
}
