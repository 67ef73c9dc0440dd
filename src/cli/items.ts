import { practisableSkills, generateItem, skillById } from "../core/course";
import { answerText } from "../core/grading";
import { asSeed } from "../core/shared";
import { UsageError } from "./usage-error";

/** Options of the `items` verb. */
export interface ItemsOptions {
  readonly skill?: string;
  /** A generator id of the skill, e.g. a fixed item such as `worked-example-1`. */
  readonly generator?: string;
  readonly count: number;
  readonly seed: number;
  readonly list: boolean;
}

/**
 * `items`: one JSON line per generated item, with the data needed to recompute its answer
 * independently (docs/items.md), or with `--list` the ids of the skills that have generators.
 * `--generator` picks one of the skill's generators, such as the lesson's fixed items.
 */
export function runItems(options: ItemsOptions, write: (line: string) => void): void {
  if (options.list) {
    for (const skill of practisableSkills()) write(skill.id);
    return;
  }
  const skill = options.skill === undefined ? undefined : skillById(options.skill);
  if (!skill || skill.generators.length === 0) {
    const known = practisableSkills()
      .map((s) => s.id)
      .join(", ");
    throw new UsageError(
      `--skill must name a skill with items (${known}), got ${options.skill ?? "nothing"}`,
    );
  }
  const generator = options.generator;
  if (generator !== undefined && !skill.generators.some((g) => g.id === generator)) {
    const known = skill.generators.map((g) => g.id).join(", ");
    throw new UsageError(
      `--generator must be one of ${skill.id}'s generators (${known}), got ${generator}`,
    );
  }
  for (let i = 0; i < options.count; i++) {
    const item = generateItem(skill.id, asSeed(options.seed + i), { generator });
    write(
      JSON.stringify({
        skill: item.skill,
        seed: item.seed,
        kind: item.key.kind,
        prompt: item.prompt,
        data: item.data,
        answer: answerText(item.key.kind, item.key.solution),
      }),
    );
  }
}
