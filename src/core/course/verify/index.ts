export * from "./data-functions";
export * from "./grading-problems";
