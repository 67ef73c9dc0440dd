import type { SkillId } from "../shared";
import type { Generator } from "./generator";

/** A skill of the course: what it is, where it is taught, what it builds on, and how items are made. */
export interface Skill {
  readonly id: SkillId;
  /** 0 for the outside prerequisites checked at placement, 1–6 for the course's units. */
  readonly unit: number;
  readonly title: string;
  /** Skills this one builds on, with how much practising this one exercises each (0–1). */
  readonly prerequisites: readonly { readonly skill: SkillId; readonly weight: number }[];
  readonly generators: readonly Generator[];
}
