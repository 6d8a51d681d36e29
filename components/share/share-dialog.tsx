"use client";

import { useEffect, useId, useRef, useState } from "react";
import { EXPIRY_CHOICES, type ExpiryChoice } from "@/lib/share/document";
import type { DetectedSecret } from "@/lib/share/secrets";
import { createShare, scanForSecrets, type CreatedShare, type SharedWorkspaceInput } from "./share-client";

const EXPIRY_LABEL: Record<ExpiryChoice, string> = { never: "Never", "1d": "After 1 day", "7d": "After 7 days", "30d": "After 30 days" };

type Step =
  | { name: "scanning" }
  | { name: "confirm"; secrets: DetectedSecret[] }
  | { name: "saving"; secrets: DetectedSecret[] }
  | { name: "done"; share: CreatedShare }
  | { name: "error"; message: string };

/**
 * Share: scan the workspace for secrets, let the person review the redactions (on by default), store it
 * only after they confirm, then show the link and, once, the delete token.
 */
export function ShareButton({ getWorkspace }: { getWorkspace: () => SharedWorkspaceInput }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ name: "scanning" });
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());
  const [expiry, setExpiry] = useState<ExpiryChoice>("never");
  const [redactedBuildArgs, setRedactedBuildArgs] = useState<string[]>([]);
  const workspace = useRef<SharedWorkspaceInput>({ files: [], settings: {} });
  const titleId = useId();

  async function open() {
    workspace.current = getWorkspace();
    setKeep(new Set());
    setStep({ name: "scanning" });
    dialog.current?.showModal();
    try {
      const scan = await scanForSecrets(workspace.current);
      setRedactedBuildArgs(scan.redactedBuildArgs);
      setStep({ name: "confirm", secrets: scan.secrets });
    } catch (error) {
      setStep({ name: "error", message: (error as Error).message });
    }
  }

  async function confirm(secrets: DetectedSecret[]) {
    setStep({ name: "saving", secrets });
    try {
      const outcome = await createShare(workspace.current, { expiry, shown: secrets, keep });
      setStep(outcome.kind === "shared" ? { name: "done", share: outcome.share } : { name: "confirm", secrets: outcome.secrets });
    } catch (error) {
      setStep({ name: "error", message: (error as Error).message });
    }
  }

  return (
    <>
      <button type="button" onClick={open} className="rounded border border-line px-3 py-1 text-sm font-semibold hover:bg-line/30">
        Share
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-md border border-line bg-surface p-0 text-ink backdrop:bg-black/40"
      >
        <div className="flex flex-col gap-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            Share this review
          </h2>
          {step.name === "scanning" && <p role="status">Checking the files for secrets…</p>}
          {step.name === "error" && (
            <p role="alert" className="rounded border border-severity-error p-3 text-sm text-severity-error">
              {step.message}
            </p>
          )}
          {(step.name === "confirm" || step.name === "saving") && (
            <ConfirmStep
              secrets={step.secrets}
              redactedBuildArgs={redactedBuildArgs}
              keep={keep}
              onToggle={(id) => setKeep((previous) => toggled(previous, id))}
              expiry={expiry}
              onExpiry={setExpiry}
              saving={step.name === "saving"}
              onConfirm={() => confirm(step.secrets)}
            />
          )}
          {step.name === "done" && <DoneStep share={step.share} />}
          <form method="dialog" className="flex justify-end">
            <button type="submit" className="rounded px-3 py-1 text-sm hover:bg-line/30">
              {step.name === "done" ? "Close" : "Cancel"}
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}

/** Build arguments are always stored redacted when they look secret: nothing to choose, but the person should know. */
function RedactedBuildArgsNote({ names }: { names: string[] }) {
  const one = names.length === 1;
  return (
    <p className="text-sm" data-testid="redacted-build-args">
      The build {one ? "argument" : "arguments"}{" "}
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 && (index === names.length - 1 ? " and " : ", ")}
          <code className="font-mono">{name}</code>
        </span>
      ))}{" "}
      {one ? "looks" : "look"} secret: the shared report keeps {one ? "it" : "them"} with the value replaced by a placeholder.
    </p>
  );
}

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

function ConfirmStep(props: {
  secrets: DetectedSecret[];
  redactedBuildArgs: string[];
  keep: ReadonlySet<string>;
  onToggle(id: string): void;
  expiry: ExpiryChoice;
  onExpiry(choice: ExpiryChoice): void;
  saving: boolean;
  onConfirm(): void;
}) {
  const { secrets, redactedBuildArgs, keep } = props;
  const expiryId = useId();
  const firstCheckbox = useRef<HTMLInputElement>(null);
  const createLink = useRef<HTMLButtonElement>(null);
  // Cancel was the only control while the scan ran and has the focus: hand it to the choice to make, so Enter
  // does not cancel. Again when saving found more secrets to decide on.
  useEffect(() => {
    (firstCheckbox.current ?? createLink.current)?.focus();
  }, [secrets]);
  return (
    <>
      {secrets.length === 0 ? (
        <p>
          No secrets found{redactedBuildArgs.length > 0 && " in the files"}. Anyone with the link will see these files and their findings.
        </p>
      ) : (
        <fieldset className="flex flex-col gap-2" data-testid="detected-secrets">
          <legend className="mb-2 font-semibold">
            {secrets.length === 1 ? "1 secret found." : `${secrets.length} secrets found.`} Ticked ones are replaced by a placeholder in the shared copy.
          </legend>
          {secrets.map((secret, index) => (
            <label key={secret.id} className="flex items-start gap-2 text-sm" data-secret-kind={secret.kind}>
              <input ref={index === 0 ? firstCheckbox : undefined} type="checkbox" className="mt-1" checked={!keep.has(secret.id)} onChange={() => props.onToggle(secret.id)} />
              <span>
                Redact <strong>{secret.context === "token" ? secret.kind.replace(/_/g, " ").toLowerCase() : secret.context}</strong> in{" "}
                <code className="font-mono">{secret.path}</code> line {secret.range.start.line}:{" "}
                <code className="font-mono">{secret.masked}</code>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {redactedBuildArgs.length > 0 && <RedactedBuildArgsNote names={redactedBuildArgs} />}
      <label htmlFor={expiryId} className="flex items-center gap-2 text-sm">
        Link expires
        <select id={expiryId} value={props.expiry} onChange={(event) => props.onExpiry(event.target.value as ExpiryChoice)} className="rounded border border-line bg-surface px-2 py-1">
          {EXPIRY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {EXPIRY_LABEL[choice]}
            </option>
          ))}
        </select>
      </label>
      <button ref={createLink} type="button" onClick={props.onConfirm} disabled={props.saving} className="self-start rounded bg-accent px-4 py-2 font-semibold text-surface disabled:opacity-60">
        {props.saving ? "Creating link…" : "Create link"}
      </button>
    </>
  );
}

function DoneStep({ share }: { share: CreatedShare }) {
  const [copyStatus, setCopyStatus] = useState("");
  const linkId = useId();
  const tokenId = useId();
  const link = useRef<HTMLInputElement>(null);
  // The pressed "Create link" is gone: the focus goes to the link, selected and ready to copy, not to <body>.
  useEffect(() => {
    link.current?.focus();
  }, []);
  // The address this page was opened at, which is what the person will paste elsewhere.
  const url = new URL(share.path, window.location.origin).href;
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus("Copied.");
    } catch {
      // No clipboard access (e.g. plain http on another host): select the link for a manual copy.
      link.current?.select();
      setCopyStatus("Press Ctrl+C to copy the selected link.");
    }
  }
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={linkId} className="text-sm font-semibold">
          Link
        </label>
        <div className="flex gap-2">
          <input id={linkId} ref={link} readOnly value={url} className="min-w-0 flex-1 rounded border border-line bg-page px-2 py-1 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
          <button type="button" onClick={copy} className="rounded border border-line px-3 py-1 text-sm font-semibold hover:bg-line/30">
            Copy link
          </button>
        </div>
        <p role="status" className="text-sm text-ink-muted">
          {copyStatus}
        </p>
      </div>
      {share.deleteToken ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={tokenId} className="text-sm font-semibold">
            Delete token (shown only now)
          </label>
          <input id={tokenId} readOnly value={share.deleteToken} data-testid="delete-token" className="rounded border border-line bg-page px-2 py-1 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
          <p className="text-sm text-ink-muted">
            Keep it to delete the report later: <code className="font-mono">DELETE /api/reports/{share.id}</code> with <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.
          </p>
        </div>
      ) : (
        <p className="text-sm">You shared this exact workspace before, so this is the same link. Its delete token was shown then and cannot be shown again.</p>
      )}
      {share.expiresAt && <p className="text-sm text-ink-muted">Expires {new Date(share.expiresAt).toLocaleString()}.</p>}
      <a href={share.path} target="_blank" rel="noopener" className="self-start text-sm font-semibold text-accent underline">
        Open the report
      </a>
    </>
  );
}
