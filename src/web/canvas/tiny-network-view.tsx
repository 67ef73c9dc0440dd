import { memo, useMemo, useReducer } from "react";
import { canvasReducer, initialCanvasState } from "./canvas-state";
import { useFrameTiming } from "./frame-timing";
import { Handle } from "./handle";
import { MatrixTable } from "./matrix-table";
import { LAST_NETWORK_STEP, NETWORK_STEPS } from "./network-steps";
import { NetworkReadouts } from "./network-readouts";
import { SpaceBox } from "./space-box";
import { StepControls } from "./step-controls";
import { stepReducer, type StepAction } from "./stepper";
import { LESSON_NETWORK, runNetwork } from "./tiny-network";

const HOME = [2, 1];

/**
 * The tiny network x → a → h → ℓ: each block's local Jacobian with its shape, and the passes
 * stepped forward then backward with the numbers of core's autodiff graph.
 */
export const TinyNetworkView = memo(function TinyNetworkView() {
  const [handles, dispatch] = useReducer(canvasReducer, initialCanvasState(HOME, 1));
  const [step, setStep] = useReducer(
    (s: number, a: StepAction) => stepReducer(s, a, LAST_NETWORK_STEP),
    0,
  );
  const pass = useMemo(() => runNetwork(LESSON_NETWORK, handles.point), [handles.point]);
  useFrameTiming();
  // The block in use: forward steps 1–3 use blocks 1–3, backward steps 4–6 use them in reverse.
  const active = step <= 3 ? step : 7 - step;
  return (
    <div className="canvas-view tiny-network">
      <div className="boxes">
        <SpaceBox title="x ∈ ℝ²" dim={2} center={HOME} span={6}>
          <Handle
            handle="point"
            at={handles.point}
            dim={2}
            label="Network input x"
            dispatch={dispatch}
          />
        </SpaceBox>
        <div className="network-blocks">
          <MatrixTable
            label="∂a/∂x = W"
            matrix={pass.jacobians.W}
            name="jac-W"
            active={active === 1}
          />
          <MatrixTable
            label="∂h/∂a = Diag(σ′(a))"
            matrix={pass.jacobians.diag}
            name="jac-diag"
            active={active === 2}
          />
          <MatrixTable
            label="∂ℓ/∂h = cᵀ"
            matrix={pass.jacobians.cT}
            name="jac-c"
            active={active === 3}
          />
        </div>
      </div>
      <StepControls step={step} last={LAST_NETWORK_STEP} onStep={setStep}>
        {NETWORK_STEPS[step]}
      </StepControls>
      <NetworkReadouts pass={pass} step={step} />
    </div>
  );
});
