import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("typesets inline $…$ math with KaTeX, MathML included", () => {
    const html = renderMarkdown("The map $x \\mapsto 2x$ is linear.");
    expect(html).toContain('class="katex"');
    expect(html).toContain("<math");
    expect(html).not.toContain("$x");
  });

  it("typesets $$…$$ blocks in display mode", () => {
    expect(renderMarkdown("$$\nJ = Df(x)\n$$")).toContain("katex-display");
  });

  it("leaves dollars inside code spans as text", () => {
    expect(renderMarkdown("Type `$x$` literally.")).toContain("<code>$x$</code>");
  });

  it("escapes raw HTML instead of passing it through", () => {
    expect(renderMarkdown("<script>alert(1)</script>")).not.toContain("<script>");
  });

  it("turns a canvas directive into a figure slot with its caption", () => {
    const html = renderMarkdown(
      "Before.\n\n::: canvas three-boxes\nPush $\\Delta x$ forward.\n:::\n\nAfter.",
    );
    expect(html).toContain('<figure class="canvas-slot" data-view="three-boxes">');
    expect(html).toMatch(/<figcaption>Push <eq>.*katex.*<\/eq> forward\.<\/figcaption>/s);
    expect(html).toContain("<p>After.</p>");
  });

  it("renders a canvas directive without caption as an empty figure", () => {
    expect(renderMarkdown("::: canvas jacobian-map\n:::")).toBe(
      '<figure class="canvas-slot" data-view="jacobian-map"></figure>\n',
    );
  });

  it("shows KaTeX's error text for a broken formula instead of throwing", () => {
    const html = renderMarkdown("Bad: $x^$ here.");
    expect(html).toContain('class="katex-error"');
    expect(html).toContain("here.");
  });
});
