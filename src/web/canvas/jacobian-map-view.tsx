import { useMemo, type Dispatch } from "react";
import type { CanvasAction, CanvasState } from "./canvas-state";
import { circleImage } from "./circle-image";
import type { CompiledComposition } from "./compiled-composition";
import { Curve } from "./curve";
import { Dot } from "./dot";
import { fitSpan } from "./fit-span";
import { Handle } from "./handle";
import { linearizeAt } from "./linearization";
import { JacobianMapReadouts } from "./jacobian-map-readouts";
import { INPUT_SPAN, SpaceBox } from "./space-box";
import { spaceName } from "./space-name";

/**
 * The Jacobian as a map: a circle of perturbations around x₀ (drag x₀, or the radius handle) and
 * the ellipse Dg(x₀) sends it to, beside the true image of the circle under g.
 */
export function JacobianMapView({
  compiled,
  state,
  dispatch,
  home,
}: {
  readonly compiled: CompiledComposition;
  readonly state: CanvasState;
  readonly dispatch: Dispatch<CanvasAction>;
  readonly home: readonly number[];
}) {
  const l = useMemo(() => linearizeAt(compiled, state.point), [compiled, state.point]);
  const r = state.radius[0] ?? 0;
  const picture = useMemo(() => circleImage(compiled, l, r), [compiled, l, r]);
  const [n, m] = [l.x0.length, l.u0.length];
  const radiusTip = l.x0.map((v, k) => (k === 0 ? v + r : v));
  return (
    <div className="canvas-view jacobian-map">
      <div className="boxes">
        <SpaceBox title={spaceName("x", n)} dim={n} center={home} span={INPUT_SPAN}>
          <Curve points={picture.circle} tone="perturbation" />
          <Handle handle="point" at={l.x0} dim={n} label="Point x₀" dispatch={dispatch} />
          <Handle
            handle="radius"
            at={radiusTip}
            dim={1}
            label="Radius of the circle"
            dispatch={dispatch}
          />
        </SpaceBox>
        <SpaceBox
          title={spaceName("u", m)}
          dim={m}
          center={l.u0}
          span={fitSpan(l.u0, [...picture.ellipse, ...picture.image])}
        >
          <Curve points={picture.image} tone="true" />
          <Curve points={picture.ellipse} tone="linear" />
          <Dot at={l.u0} tone="point" />
        </SpaceBox>
      </div>
      <JacobianMapReadouts l={l} radius={r} />
    </div>
  );
}
