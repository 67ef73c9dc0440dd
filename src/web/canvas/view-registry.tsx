import type { Dispatch, ReactNode } from "react";
import type { CanvasView } from "../../core/course";
import type { CanvasAction, CanvasState } from "./canvas-state";
import type { CompiledComposition } from "./compiled-composition";
import type { LearnerAnswer } from "./learner-answer";
import { JacobianMapView } from "./jacobian-map-view";
import { PathTracingView } from "./path-tracing-view";
import { ThreeBoxesView } from "./three-boxes-view";
import { TinyNetworkView } from "./tiny-network-view";
import { TwoWayView } from "./two-way-view";

/** What every view of a composition is given: the compiled functions and the shared handles. */
export interface ViewProps {
  readonly compiled: CompiledComposition;
  readonly state: CanvasState;
  readonly dispatch: Dispatch<CanvasAction>;
  readonly home: readonly number[];
  /** A learner's wrong answer, drawn beside the truth where a view can show it. */
  readonly mine?: LearnerAnswer | undefined;
}

/** Each canvas view a lesson can name, with its heading; a new view fails to compile until listed. */
export const VIEW_REGISTRY: {
  readonly [V in CanvasView]: {
    readonly title: string;
    readonly render: (props: ViewProps) => ReactNode;
  };
} = {
  "three-boxes": {
    title: "Three boxes: push Δx forward, pull the gradient back",
    render: (p) => <ThreeBoxesView {...p} />,
  },
  "jacobian-map": {
    title: "The Jacobian as a map: circle to ellipse",
    render: (p) => <JacobianMapView {...p} />,
  },
  "path-tracing": {
    title: "Path tracing: one Jacobian entry as a sum over paths",
    render: (p) => <PathTracingView compiled={p.compiled} point={p.state.point} />,
  },
  "tiny-network": {
    title: "A tiny network, forward then backward",
    render: () => <TinyNetworkView />,
  },
  "two-way": {
    title: "Both directions: forward sweep, backward sweep",
    render: (p) => <TwoWayView compiled={p.compiled} state={p.state} />,
  },
};

/**
 * Every view, in the registry's order. Read from the registry rather than from core's course
 * folder: importing a value from there would pull the item generators into the canvas chunk.
 */
export const ALL_VIEWS = Object.keys(VIEW_REGISTRY) as CanvasView[];

/** Whether a slot's `data-view` names a view the canvas can draw. */
export const isCanvasView = (name: string | undefined): name is CanvasView =>
  name !== undefined && Object.hasOwn(VIEW_REGISTRY, name);
