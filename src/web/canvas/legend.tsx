/** What each colour and dash means; colour is never the only cue, the dashes and words carry it too. */
export function Legend() {
  return (
    <ul className="canvas-legend" aria-label="Legend">
      <li className="tone-perturbation">Δx, the perturbation (solid)</li>
      <li className="tone-linear">linear prediction by the Jacobian (solid)</li>
      <li className="tone-true">true image (dashed)</li>
      <li className="tone-gradient">gradient (dotted)</li>
      <li className="keys">
        Handles: drag, or focus and use the arrow keys (Shift for finer steps, PageUp/PageDown for a
        third axis)
      </li>
    </ul>
  );
}
