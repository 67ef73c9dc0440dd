export * from "./result";
export * from "./assert-never";
export * from "./brand";
export * from "./ids";
export * from "./random";
export * from "./lru-cache";
