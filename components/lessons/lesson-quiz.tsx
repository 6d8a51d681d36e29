"use client";

import { createContext, useContext, useRef, useState, type ReactNode } from "react";
import { problemAt, scoreQuiz, type QuizPick, type QuizProblem, type QuizScore } from "@/lib/lessons/quiz";
import { saveQuizResult } from "./lesson-progress";

interface QuizFile {
  path: string;
  content: string;
}

const pickKey = (path: string, line: number) => `${path}\n${line}`;

type Mode = "answers" | "quiz" | "checked";

const QuizMode = createContext<{ mode: Mode; setMode: (mode: Mode) => void }>({ mode: "answers", setMode: () => {} });

/** Holds whether the lesson page is being taken as a quiz. Starts quizzing when `startHidden` (a trainer's `?quiz` link). */
export function LessonQuizProvider({ startHidden, children }: { startHidden: boolean; children: ReactNode }) {
  const [mode, setMode] = useState<Mode>(startHidden ? "quiz" : "answers");
  return <QuizMode.Provider value={{ mode, setMode }}>{children}</QuizMode.Provider>;
}

/** Parts of the lesson page that give the answers away (the fixed version, the rules' names): hidden while quizzing. */
export function HiddenDuringQuiz({ children }: { children: ReactNode }) {
  return useContext(QuizMode).mode === "quiz" ? null : children;
}

/**
 * "Spot the problems": the flawed files as lines to pick, with the review's answers (`children`) hidden until the
 * reader checks the picks.
 */
export function LessonQuiz({ lessonId, files, problems, children }: { lessonId: string; files: QuizFile[]; problems: QuizProblem[]; children: ReactNode }) {
  const { mode, setMode } = useContext(QuizMode);
  const [picks, setPicks] = useState<ReadonlySet<string>>(new Set());
  const score = mode === "checked" ? scoreQuiz(problems, [...picks].map(parsePick)) : undefined;
  // The button pressed unmounts with its mode: focus goes to what the new mode starts with, not to <body>.
  const switchedByReader = useRef(false);
  const landing = (element: HTMLElement | null) => {
    if (!element || !switchedByReader.current) return;
    switchedByReader.current = false;
    element.focus();
  };

  function switchTo(next: Mode) {
    switchedByReader.current = true;
    setMode(next);
  }

  function toggle(path: string, line: number) {
    const key = pickKey(path, line);
    const next = new Set(picks);
    if (!next.delete(key)) next.add(key);
    setPicks(next);
  }

  function start() {
    setPicks(new Set());
    switchTo("quiz");
  }

  function check() {
    const checked = scoreQuiz(problems, [...picks].map(parsePick));
    saveQuizResult(lessonId, { found: checked.found.length, total: problems.length, wrongPicks: checked.wrongPicks.length });
    switchTo("checked");
  }

  if (mode === "answers") {
    return (
      <>
        <p className="mt-3">
          <button ref={landing} type="button" onClick={start} className="rounded border border-line bg-surface px-3 py-1.5 font-semibold hover:border-accent">
            Quiz yourself: hide the findings
          </button>{" "}
          <span className="text-sm text-ink-muted">Pick the lines you think are wrong, then check them against the review.</span>
        </p>
        {children}
      </>
    );
  }

  return (
    <div className="mt-3 flex flex-col gap-4" data-testid="lesson-quiz">
      {mode === "quiz" ? (
        <p ref={landing} tabIndex={-1}>
          Which lines break this lesson&apos;s practice? Select them, then check. There {problems.length === 1 ? "is 1 place" : `are ${problems.length} places`} to find.
        </p>
      ) : (
        <QuizResult score={score!} total={problems.length} landing={landing} />
      )}
      {files.map((file) => (
        <section key={file.path} aria-label={`Lines of ${file.path}`} className="rounded-md border border-line bg-surface">
          <h3 className="border-b border-line px-4 py-3 font-mono text-base font-semibold">{file.path}</h3>
          {/* Once checked, the lines hold nothing to focus: the list itself takes focus so the keyboard can scroll it. */}
          <ol aria-label={score && `Checked lines of ${file.path}`} tabIndex={score ? 0 : undefined} className="overflow-x-auto py-2 font-mono text-sm leading-6">
            {file.content.replace(/\n$/, "").split("\n").map((text, index) => {
              const line = index + 1;
              const picked = picks.has(pickKey(file.path, line));
              if (score) return <CheckedLine key={line} line={line} text={text} picked={picked} problem={problemAt(problems, { path: file.path, line })} score={score} />;
              if (text.trim() === "") return <li key={line} className="px-4">&nbsp;</li>;
              return (
                <li key={line}>
                  <button
                    type="button"
                    aria-pressed={picked}
                    aria-label={`Line ${line}: ${text.trim()}`}
                    onClick={() => toggle(file.path, line)}
                    className={`block w-full whitespace-pre border-l-4 px-3 text-left hover:bg-accent/10 ${picked ? "border-accent bg-accent/15 font-semibold" : "border-transparent"}`}
                  >
                    <LineNumber line={line} />
                    {text}
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <p className="flex flex-wrap gap-2">
        {mode === "quiz" ? (
          <>
            <button type="button" onClick={check} className="rounded bg-accent px-3 py-1.5 font-semibold text-surface">
              Check my answers
            </button>
            <button type="button" onClick={() => switchTo("answers")} className="rounded border border-line px-3 py-1.5">
              Show the findings
            </button>
          </>
        ) : (
          <button type="button" onClick={start} className="rounded border border-line px-3 py-1.5">
            Try again
          </button>
        )}
      </p>
      {mode === "checked" && children}
    </div>
  );
}

function parsePick(key: string): QuizPick {
  const [path, line] = key.split("\n");
  return { path: path!, line: Number(line) };
}

function LineNumber({ line }: { line: number }) {
  return (
    <span aria-hidden="true" className="mr-4 inline-block w-[2ch] select-none text-right font-normal text-ink-muted">
      {line}
    </span>
  );
}

function QuizResult({ score, total, landing }: { score: QuizScore; total: number; landing: (element: HTMLElement | null) => void }) {
  const wrong = score.wrongPicks.length;
  return (
    <p ref={landing} tabIndex={-1} role="status" className="rounded-md border border-accent p-3 font-semibold">
      You spotted {score.found.length} of {total}.
      {wrong > 0 && ` ${wrong === 1 ? "1 line you picked is" : `${wrong} lines you picked are`} not one of this lesson's problems.`}
      {score.missed.length === 0 && wrong === 0 ? " Every one, and nothing else: well done." : " The findings below say what each problem is."}
    </p>
  );
}

/** A line after checking: what the reader picked beside what the review found (said on a problem's first line). */
function CheckedLine({ line, text, picked, problem, score }: { line: number; text: string; picked: boolean; problem: QuizProblem | undefined; score: QuizScore }) {
  const verdict = problem ? (score.found.includes(problem) ? "found" : "missed") : picked ? "not a problem" : undefined;
  const tone = verdict === "found" ? "border-grade-good bg-grade-good/10" : verdict === "missed" ? "border-severity-error bg-severity-error/10" : verdict ? "border-severity-warning bg-severity-warning/10" : "border-transparent";
  return (
    // The verdict wraps below a line too long for a phone instead of running out of sight.
    <li className={`flex flex-wrap items-baseline gap-x-3 border-l-4 px-3 ${tone}`} data-verdict={verdict}>
      <span className="whitespace-pre">
        <LineNumber line={line} />
        {text}
      </span>
      {verdict && (problem?.line === line || !problem) && (
        <span className="font-sans text-xs font-semibold">
          {verdict === "found" ? "✓ found" : verdict === "missed" ? "missed" : "✗ not a problem"}
          {problem && `: ${problem.rules.join(", ")}`}
        </span>
      )}
    </li>
  );
}
