"use client";

import { useId, useState, type ReactNode } from "react";
import type { StageNode } from "@/lib/client/stage-graph";
import { PROFILES, type Profile, type WorkspaceSettings } from "@/lib/client/workspace";
import { BuildArgsDialog } from "./build-args-dialog";

const PROFILE_LABEL: Record<Profile, string> = {
  recommended: "Recommended",
  strict: "Strict",
  hadolint: "hadolint-compatible",
};

interface Props {
  settings: WorkspaceSettings;
  stages: StageNode[];
  onChange(settings: Partial<WorkspaceSettings>): void;
  onOpenExamples(): void;
  /** Room for actions of other features (the Share button). */
  children?: ReactNode;
}

/** The workspace's toolbar: examples and the settings every review is run with. */
export function SettingsBar({ settings, stages, onChange, onOpenExamples, children }: Props) {
  const profileId = useId();
  const targetId = useId();
  const named = stages.filter((stage) => stage.name);
  const targetMissing = settings.target !== null && !named.some((stage) => stage.name === settings.target);
  const [buildArgsOpen, setBuildArgsOpen] = useState(false);
  // Each opening edits the current arguments afresh (a new key remounts the dialog's text).
  const [buildArgsOpenings, setBuildArgsOpenings] = useState(0);
  const buildArgCount = Object.keys(settings.buildArgs).length;
  return (
    <div role="toolbar" aria-label="Workspace" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <button type="button" onClick={onOpenExamples} className="rounded border border-line bg-surface px-3 py-1 font-semibold hover:bg-line/30">
        Examples…
      </button>
      <span className="flex items-center gap-2">
        <label htmlFor={profileId} className="text-ink-muted">
          Profile
        </label>
        <select
          id={profileId}
          value={settings.profile}
          onChange={(event) => onChange({ profile: event.target.value as Profile })}
          className="rounded border border-line bg-surface px-2 py-1"
        >
          {PROFILES.map((profile) => (
            <option key={profile} value={profile}>
              {PROFILE_LABEL[profile]}
            </option>
          ))}
        </select>
      </span>
      <span className="flex items-center gap-2">
        <label htmlFor={targetId} className="text-ink-muted">
          Build target
        </label>
        <select
          id={targetId}
          value={settings.target ?? ""}
          onChange={(event) => onChange({ target: event.target.value || null })}
          className="rounded border border-line bg-surface px-2 py-1"
        >
          <option value="">Last stage (default)</option>
          {named.map((stage) => (
            <option key={stage.index} value={stage.name!}>
              {stage.name}
            </option>
          ))}
          {targetMissing && <option value={settings.target!}>{settings.target} (not in the Dockerfile)</option>}
        </select>
      </span>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setBuildArgsOpenings((count) => count + 1);
          setBuildArgsOpen(true);
        }}
        className="rounded border border-line bg-surface px-3 py-1 hover:bg-line/30"
      >
        Build args{buildArgCount > 0 && <span className="text-ink-muted"> ({buildArgCount})</span>}
      </button>
      <BuildArgsDialog
        key={buildArgsOpenings}
        open={buildArgsOpen}
        args={settings.buildArgs}
        onCancel={() => setBuildArgsOpen(false)}
        onApply={(buildArgs) => {
          setBuildArgsOpen(false);
          onChange({ buildArgs });
        }}
      />
      <div className="ml-auto flex items-center gap-2" data-slot="share">
        {children}
      </div>
    </div>
  );
}
