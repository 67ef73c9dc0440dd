import { formatNumber } from "./format-number";
import type { PathSum } from "./path-sum";

/** Each path with the product of its partials, then their sum beside the Jacobian entry. */
export function PathTerms({ paths }: { readonly paths: PathSum }) {
  const [j, k] = [paths.input + 1, paths.output + 1];
  const products = paths.terms.map(
    (t) =>
      `x${j} → u${t.via + 1} → y${k}: ${formatNumber(t.outer)} × ${formatNumber(t.inner)} = ${formatNumber(t.product)}`,
  );
  return (
    <>
      <ul className="path-terms" aria-label="Paths and their products">
        {products.map((text, index) => (
          // Keyed by position: the text changes on every frame of a drag, the list rarely does.
          <li key={index}>{text}</li>
        ))}
        {products.length === 0 && (
          <li>
            No path: y{k} does not depend on x{j}.
          </li>
        )}
      </ul>
      <p
        className="path-total"
        role="status"
        data-readout="path-sum"
        data-values={JSON.stringify([paths.sum, paths.entry])}
      >
        Sum over paths = <span className="value">{formatNumber(paths.sum)}</span>, and the entry (
        {k}, {j}) of Df(g(x₀)) Dg(x₀) is <span className="value">{formatNumber(paths.entry)}</span>.
      </p>
    </>
  );
}
