// The browser build of the renderer: "react-dom/server" trips the lint rule that keeps web off src/server.
import { renderToStaticMarkup } from "react-dom/server.browser";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import type { GateResult } from "../../api";
import { GateResultView } from "./gate-result-view";

const render = (result: GateResult) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <GateResultView result={result} />
    </MemoryRouter>,
  );

describe("GateResultView", () => {
  it("says the next unit is open after a pass and leads back to the course map", () => {
    const html = render({ kind: "passed", unit: 1 });
    expect(html).toContain("Unit 2 is now open.");
    expect(html).toContain('href="/"');
  });

  it("lists each skill that fell short and sends the learner to practise them", () => {
    const html = render({
      kind: "failed",
      unit: 1,
      shortfalls: [{ skill: "S2", title: "Jacobian shape", right: 1, needed: 2, estimate: 0.38 }],
    });
    expect(html).toContain("Jacobian shape: 1 right of 2 needed (estimate 38%)");
    expect(html).toContain('href="/study"');
    expect(html).toContain("Practise these");
  });
});
