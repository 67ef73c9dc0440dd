export * from "./item";
export * from "./units";
export * from "./lessons";
export * from "./skill";
export * from "./generator";
export * from "./skills";
export * from "./generate-item";
export * from "./faded-steps";
