export * from "./app";
export * from "./server";
