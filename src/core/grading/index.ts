export * from "./submission";
export * from "./grade-result";
export * from "./answer-spec";
