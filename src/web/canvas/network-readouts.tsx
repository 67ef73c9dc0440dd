import { MatrixTable } from "./matrix-table";
import { Readout } from "./readout";
import type { NetworkPass } from "./tiny-network";

/** The tiny network's numbers, revealed step by step: forward values, then gradients. */
export function NetworkReadouts({
  pass,
  step,
}: {
  readonly pass: NetworkPass;
  readonly step: number;
}) {
  const shown = (from: number) => step >= from;
  return (
    <div className="readouts">
      <Readout name="net-x" label="x" values={pass.x} tone="tone-point" />
      {shown(1) && <Readout name="net-a" label="a" values={pass.a} tone="tone-linear" />}
      {shown(2) && <Readout name="net-h" label="h" values={pass.h} tone="tone-linear" />}
      {shown(3) && <Readout name="net-loss" label="ℓ" values={[pass.loss]} tone="tone-linear" />}
      {shown(4) && <Readout name="grad-h" label="∇ₕℓ" values={pass.grad.h} tone="tone-gradient" />}
      {shown(5) && (
        <Readout name="grad-a" label="∇ₐℓ = δ" values={pass.grad.a} tone="tone-gradient" />
      )}
      {shown(6) && (
        <Readout name="net-grad-x" label="∇ₓℓ" values={pass.grad.x} tone="tone-gradient" />
      )}
      {shown(6) && (
        <Readout name="grad-b" label="∇_b ℓ" values={pass.grad.b} tone="tone-gradient" />
      )}
      {shown(6) && (
        <Readout name="grad-c" label="∇_c ℓ" values={pass.grad.c} tone="tone-gradient" />
      )}
      {shown(6) && <MatrixTable label="∇_W ℓ = δxᵀ" matrix={pass.grad.W} name="grad-W" />}
    </div>
  );
}
