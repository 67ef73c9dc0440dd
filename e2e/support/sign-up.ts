import type { Page } from "playwright-core";

/** Signs a new learner up from inside the page (same origin, so the session cookie is set). */
export async function signUpInPage(page: Page, name: string): Promise<number> {
  return page.evaluate(async (learner) => {
    const reply = await fetch("/api/auth/sign-up", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: learner, password: "correct horse battery" }),
    });
    return reply.status;
  }, name);
}
