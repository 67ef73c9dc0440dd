import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CANVAS_VIEWS, LESSONS, lessonById } from "./lessons";
import { UNITS } from "./units";

const CONTENT = fileURLToPath(new URL("../../../content/", import.meta.url));

/** Every Markdown file under content/, relative to it, with forward slashes. */
function markdownFiles(): string[] {
  return readdirSync(CONTENT, { recursive: true, encoding: "utf8" })
    .map((path) => path.replaceAll("\\", "/"))
    .filter((path) => path.endsWith(".md"))
    .sort();
}

const read = (file: string): string => readFileSync(CONTENT + file, "utf8");

describe("LESSONS", () => {
  it.each(LESSONS.map((lesson) => [lesson.file, lesson] as const))(
    "%s exists and opens with its registered title",
    (file, lesson) => {
      expect(existsSync(CONTENT + file)).toBe(true);
      expect(read(file).split("\n")[0]).toBe(`# ${lesson.title}`);
    },
  );

  it("registers every Markdown file under content/", () => {
    expect(markdownFiles()).toEqual(LESSONS.map((lesson) => lesson.file).sort());
  });

  it("gives every lesson a unique slug id", () => {
    const ids = LESSONS.map((lesson) => lesson.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("keeps each lesson file in the folder of its unit", () => {
    for (const lesson of LESSONS) expect(lesson.file.startsWith(`unit-${lesson.unit}/`)).toBe(true);
  });

  it("lists lessons in course order, unit by unit and file by file", () => {
    const files = LESSONS.map((lesson) => lesson.file);
    expect(files).toEqual([...files].sort());
    const units = LESSONS.map((lesson) => lesson.unit);
    expect(units).toEqual([...units].sort((a, b) => a - b));
  });

  it("has at least one lesson in every unit from 1 to 6, and only known units", () => {
    const known = new Set(UNITS.map((unit) => unit.unit));
    for (const unit of [1, 2, 3, 4, 5, 6]) {
      expect(LESSONS.some((lesson) => lesson.unit === unit)).toBe(true);
    }
    for (const lesson of LESSONS) expect(known.has(lesson.unit)).toBe(true);
  });

  it("opens unit 1 with the derivative as a linear map", () => {
    expect(LESSONS.find((lesson) => lesson.unit === 1)?.id).toBe("linear-map");
  });
});

describe("canvas directives", () => {
  const directives = LESSONS.flatMap((lesson) =>
    [...read(lesson.file).matchAll(/^:::\s*canvas\s+(\S+)\s*$/gm)].map((match) => ({
      file: lesson.file,
      view: match[1] ?? "",
    })),
  );

  it("name only known canvas views", () => {
    const known: readonly string[] = CANVAS_VIEWS;
    expect(directives.filter((d) => !known.includes(d.view))).toEqual([]);
  });

  it("place every canvas view somewhere in the course", () => {
    const used = new Set(directives.map((d) => d.view));
    expect(CANVAS_VIEWS.filter((view) => !used.has(view))).toEqual([]);
  });
});

describe("lessonById", () => {
  it("finds a registered lesson by its id", () => {
    expect(lessonById("linear-map")?.file).toBe("unit-1/01-linear-map.md");
  });

  it("returns undefined for an unknown id", () => {
    expect(lessonById("no-such-lesson")).toBeUndefined();
  });
});

describe("UNITS", () => {
  it("numbers the units 0 to 6 in order", () => {
    expect(UNITS.map((unit) => unit.unit)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
