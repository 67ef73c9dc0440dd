import type { ProgressFigures } from "./progress-figures";

/** A labelled progress bar that says its figures in words as well as by its length. */
export function ProgressBar({
  label,
  figures,
}: {
  readonly label: string;
  readonly figures: ProgressFigures;
}) {
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={figures.max}
        aria-valuenow={figures.now}
        aria-valuetext={figures.text}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${figures.percent}%` }} />
      </div>
      <span className="progress-text">{figures.text}</span>
    </div>
  );
}
