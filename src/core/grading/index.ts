export * from "./submission";
export * from "./grade-result";
export * from "./answer-spec";
export * from "./mistakes";
export * from "./grade-submission";
