import { createContext, useContext } from "react";
import { viewTransform, world, type ViewTransform } from "./view-transform";

/** The transform of the box being drawn, so that shapes inside take world coordinates only. */
export const TransformContext = createContext<ViewTransform>(viewTransform(world(0, 0), 1, 1));

/** The world-to-screen transform of the enclosing box. */
export const useTransform = (): ViewTransform => useContext(TransformContext);
