import type { Dispatch } from "react";
import { Arrow } from "./arrow";
import type { CanvasAction, CanvasState } from "./canvas-state";
import { Curve } from "./curve";
import { Dot } from "./dot";
import { fitArrow } from "./fit-arrow";
import { fitSpan, tip } from "./fit-span";
import { Handle } from "./handle";
import type { LearnerArrow } from "./learner-arrow";
import type { Linearization } from "./linearization";
import type { PushPull } from "./push-pull";
import { INPUT_SPAN, SpaceBox } from "./space-box";
import { spaceName } from "./space-name";

/** How long ∇ₓ may be drawn in the input box: well inside its half-width from x₀ at the centre. */
const GRADIENT_REACH = INPUT_SPAN * 0.4;

/**
 * The boxes x → u → y with the handles, the pushed arrows, the true images and the gradients, and
 * the learner's answer in the box of the arrow it guesses, when there is one.
 */
export function ThreeBoxesFigure({
  state,
  l,
  pp,
  mine,
  dispatch,
  home,
}: {
  readonly state: CanvasState;
  readonly l: Linearization;
  readonly pp: PushPull;
  readonly mine: LearnerArrow | undefined;
  readonly dispatch: Dispatch<CanvasAction>;
  readonly home: readonly number[];
}) {
  const [n, m, p] = [l.x0.length, l.u0.length, l.y0.length];
  // The learner's arrow, drawn only in its own box and counted in that box's span.
  const yours = (box: LearnerArrow["box"], from: readonly number[]) =>
    mine?.box === box ? { from, vector: mine.vector, tips: [tip(from, mine.vector)] } : undefined;
  const [inX, inU, inY] = [yours("x", l.x0), yours("u", l.u0), yours("y", l.y0)];
  const uPoints = [tip(l.u0, pp.du), tip(l.u0, pp.gradU), ...(inU?.tips ?? []), ...pp.uCurve];
  const yPoints = [tip(l.y0, pp.dy), tip(l.y0, state.gradient), ...(inY?.tips ?? []), ...pp.yCurve];
  const [uSpan, ySpan] = [fitSpan(l.u0, uPoints), fitSpan(l.y0, yPoints)];
  // The input box keeps its scale while handles move in it, so a long ∇ₓ is drawn shortened.
  const gradX = fitArrow(pp.gradX, GRADIENT_REACH);
  return (
    <div className="boxes">
      <SpaceBox title={spaceName("x", n)} dim={n} center={home} span={INPUT_SPAN}>
        <Arrow
          from={l.x0}
          vector={gradX.vector}
          tone="gradient"
          {...(gradX.divisor > 1 && { label: `∇ₓ ÷ ${gradX.divisor}` })}
        />
        {inX && <Arrow {...inX} tone="mine" label="your answer" />}
        <Arrow from={l.x0} vector={state.perturbation} tone="perturbation" />
        <Handle handle="point" at={l.x0} dim={n} label="Point x₀" dispatch={dispatch} />
        <Handle
          handle="perturbation"
          at={tip(l.x0, state.perturbation)}
          dim={n}
          label="Tip of Δx"
          dispatch={dispatch}
        />
      </SpaceBox>
      <SpaceBox title={spaceName("u", m)} dim={m} center={l.u0} span={uSpan}>
        <Curve points={pp.uCurve} tone="true" />
        <Arrow from={l.u0} vector={pp.gradU} tone="gradient" />
        <Arrow from={l.u0} vector={pp.du} tone="linear" />
        {inU && <Arrow {...inU} tone="mine" label="your answer" />}
        <Dot at={l.u0} tone="point" />
      </SpaceBox>
      <SpaceBox title={spaceName("y", p)} dim={p} center={l.y0} span={ySpan}>
        <Curve points={pp.yCurve} tone="true" />
        <Arrow from={l.y0} vector={pp.dy} tone="linear" />
        {inY && <Arrow {...inY} tone="mine" label="your answer" />}
        <Arrow from={l.y0} vector={state.gradient} tone="gradient" />
        <Dot at={l.y0} tone="point" />
        <Handle
          handle="gradient"
          at={tip(l.y0, state.gradient)}
          dim={p}
          label="Output gradient w = ∂ℓ/∂y"
          dispatch={dispatch}
        />
      </SpaceBox>
    </div>
  );
}
