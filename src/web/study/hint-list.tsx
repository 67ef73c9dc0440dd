import { MarkdownView } from "../lesson/markdown-view";

interface HintListProps {
  readonly hints: readonly string[];
  readonly remaining: number;
  readonly disabled: boolean;
  readonly onHint: () => void;
}

/**
 * Hints revealed one at a time on request. The list is a live region, so a screen reader reads
 * each new hint; the button goes once none are left.
 */
export function HintList({ hints, remaining, disabled, onHint }: HintListProps) {
  return (
    <div className="hints">
      <ol aria-live="polite" aria-label="Hints">
        {hints.map((hint, index) => (
          <li key={index}>
            <MarkdownView markdown={hint} className="prose" />
          </li>
        ))}
      </ol>
      {remaining > 0 && (
        <button type="button" className="quiet" onClick={onHint} disabled={disabled}>
          Hint ({remaining} left)
        </button>
      )}
    </div>
  );
}
