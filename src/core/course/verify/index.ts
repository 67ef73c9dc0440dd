export * from "./data-functions";
