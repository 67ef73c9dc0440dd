/**
 * What each colour and dash means; colour is never the only cue, the dashes and words carry it too.
 * The learner's own answer is listed only when it is drawn.
 */
export function Legend({ mine }: { readonly mine: boolean }) {
  return (
    <ul className="canvas-legend" aria-label="Legend">
      <li className="tone-perturbation">Δx, the perturbation (solid)</li>
      <li className="tone-linear">linear prediction by the Jacobian (solid)</li>
      <li className="tone-true">true image (dashed)</li>
      <li className="tone-gradient">gradient (dotted)</li>
      {mine && <li className="tone-mine">your answer, beside the arrow it guesses (dash-dot)</li>}
      <li className="keys">
        Handles: drag, or focus and use the arrow keys (Shift for finer steps, PageUp/PageDown for a
        third axis)
      </li>
    </ul>
  );
}
