export * from "./auth";
export * from "./errors";
export * from "./health";
export * from "./lesson";
export * from "./practice";
export * from "./params";
