// The browser build of the renderer: "react-dom/server" trips the lint rule that keeps web off src/server.
import { renderToStaticMarkup } from "react-dom/server.browser";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import type { SkillProgress, UnitProgress } from "../../api";
import { UnitCard } from "./unit-card";

const skill = (id: string, status: SkillProgress["status"], prerequisites: string[] = []) => ({
  id,
  title: `Title ${id}`,
  unit: 2,
  status,
  estimate: 0.42,
  opportunities: 3,
  prerequisites,
  due: null,
  stuck: false,
  refresher: false,
});

const render = (unit: UnitProgress, skills: SkillProgress[]) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <UnitCard
        unit={unit}
        skills={skills}
        lessons={[{ id: "chain-rule", unit: 2, title: "The chain rule" }]}
        titles={new Map([["S1", "Jacobian entries"]])}
        nextUnit={{ ...unit, unit: 3, status: "locked" }}
      />
    </MemoryRouter>,
  );

const unit = (status: UnitProgress["status"], gateOpen = false, note = ""): UnitProgress => ({
  unit: 2,
  title: "The chain rule",
  status,
  gateOpen,
  note,
});

describe("UnitCard", () => {
  it("says why a locked unit is locked and links neither its lessons nor its practice", () => {
    const html = render(unit("locked", false, "Pass unit 1's gate"), [skill("S5", "locked")]);
    expect(html).toContain("Pass unit 1&#x27;s gate");
    expect(html).toContain("Locked");
    expect(html).not.toContain('href="/lessons/chain-rule"');
    expect(html).not.toContain('href="/practice/');
  });

  it("links an open unit's lessons and practice, and names each skill's status in words", () => {
    const html = render(unit("open"), [skill("S5", "learning", ["S1"]), skill("S6", "due")]);
    expect(html).toContain('href="/lessons/chain-rule"');
    expect(html).toContain('href="/practice/S5"');
    expect(html).toContain("Learning");
    expect(html).toContain("Due for review");
    expect(html).toContain("Builds on Jacobian entries");
  });

  it("offers the gate when it is open and says which unit passing it opens", () => {
    const html = render(unit("open", true), [skill("S5", "mastered")]);
    expect(html).toContain('href="/gates/2"');
    expect(html).toContain("Passing it opens unit 3.");
    expect(render(unit("open", false), [])).not.toContain('href="/gates/2"');
  });
});
