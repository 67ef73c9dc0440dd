/** Where sign-in sends the learner back to, carried in the router's location state. */
export interface ReturnTo {
  readonly from: string;
}

/** The in-app path to return to after signing in, read from untrusted location state; "/" otherwise. */
export function returnPath(state: unknown): string {
  if (typeof state !== "object" || state === null) return "/";
  const { from } = state as Partial<Record<keyof ReturnTo, unknown>>;
  // Only same-app paths: "//host" would leave the site.
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}
