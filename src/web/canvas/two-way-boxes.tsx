import { Arrow } from "./arrow";
import type { CanvasState } from "./canvas-state";
import { Dot } from "./dot";
import { fitSpan, tip } from "./fit-span";
import type { Linearization } from "./linearization";
import type { PushPull } from "./push-pull";
import { SpaceBox } from "./space-box";
import { spaceName } from "./space-name";
import type { SweepReveal } from "./sweep-state";

const scaled = (v: readonly number[], by: number): number[] => v.map((x) => x * by);

/** The three boxes of the two-way animation, each arrow drawn as far as the sweep has grown it. */
export function TwoWayBoxes({
  state,
  l,
  pp,
  reveal,
}: {
  readonly state: CanvasState;
  readonly l: Linearization;
  readonly pp: PushPull;
  readonly reveal: SweepReveal;
}) {
  const [n, m, p] = [l.x0.length, l.u0.length, l.y0.length];
  return (
    <div className="boxes">
      <SpaceBox
        title={spaceName("x", n)}
        dim={n}
        center={l.x0}
        span={fitSpan(l.x0, [tip(l.x0, state.perturbation), tip(l.x0, pp.gradX)])}
        active={reveal.active === "Dgᵀ"}
      >
        <Arrow from={l.x0} vector={state.perturbation} tone="perturbation" />
        <Arrow from={l.x0} vector={scaled(pp.gradX, reveal.gradX)} tone="gradient" />
        <Dot at={l.x0} tone="point" />
      </SpaceBox>
      <SpaceBox
        title={spaceName("u", m)}
        dim={m}
        center={l.u0}
        span={fitSpan(l.u0, [tip(l.u0, pp.du), tip(l.u0, pp.gradU)])}
        active={reveal.active === "Dg" || reveal.active === "Dfᵀ"}
      >
        <Arrow from={l.u0} vector={scaled(pp.du, reveal.du)} tone="linear" />
        <Arrow from={l.u0} vector={scaled(pp.gradU, reveal.gradU)} tone="gradient" />
        <Dot at={l.u0} tone="point" />
      </SpaceBox>
      <SpaceBox
        title={spaceName("y", p)}
        dim={p}
        center={l.y0}
        span={fitSpan(l.y0, [tip(l.y0, pp.dy), tip(l.y0, state.gradient)])}
        active={reveal.active === "Df"}
      >
        <Arrow from={l.y0} vector={scaled(pp.dy, reveal.dy)} tone="linear" />
        <Arrow from={l.y0} vector={state.gradient} tone="gradient" />
        <Dot at={l.y0} tone="point" />
      </SpaceBox>
    </div>
  );
}
