import type { Generator } from "../../generator";
import { affineJacobian } from "./affine-jacobian";
import { autodiffMode } from "./autodiff-mode";
import { biasGradient } from "./bias-gradient";
import { chainCost } from "./chain-cost";
import { cheaperOrder } from "./cheaper-order";
import { diagProduct } from "./diag-product";
import { elementwiseJacobian } from "./elementwise-jacobian";
import { networkInputGradient } from "./network-input-gradient";
import { networkLoss } from "./network-loss";
import { passCount } from "./pass-count";
import { preActivationGradient } from "./pre-activation-gradient";
import { readoutGradient } from "./readout-gradient";
import { readoutJacobian } from "./readout-jacobian";
import { weightGradient } from "./weight-gradient";

/** Unit 5's generators by skill: S10 local Jacobians of blocks, S11 backprop, S14 parameter gradients, S13 JVP/VJP costs. */
export const UNIT_5_GENERATORS: Readonly<Record<string, readonly Generator[]>> = {
  S10: [affineJacobian, elementwiseJacobian, readoutJacobian, preActivationGradient],
  S11: [networkInputGradient, networkLoss],
  S14: [weightGradient, biasGradient, readoutGradient],
  S13: [chainCost, passCount, cheaperOrder, autodiffMode, diagProduct],
};
