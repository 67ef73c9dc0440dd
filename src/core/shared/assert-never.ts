/** Marks a switch as exhaustive: adding a case to a union makes every unhandled switch fail to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
