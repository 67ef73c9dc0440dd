import { Type, type Static } from "typebox";

const Id = Type.String({ minLength: 1, maxLength: 100 });

/** `/lessons/:id` and `/items/:id`. */
export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

/** `/skills/:skill/...`. */
export const SkillParams = Type.Object({ skill: Id });
export type SkillParams = Static<typeof SkillParams>;
