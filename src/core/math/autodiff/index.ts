export * from "./value";
export * from "./graph";
export * from "./build-graph";
export * from "./forward-mode";
export * from "./reverse-mode";
export * from "./autodiff-jacobian";
export * from "./chain-product-cost";
