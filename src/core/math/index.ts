export * from "./expr";
export * from "./input-error";
