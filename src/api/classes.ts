import { Type, type Static } from "typebox";
import { AnswerKindSchema } from "./practice";

/** A class as its instructor sees it; learners join with the code. */
export const ClassSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  joinCode: Type.String(),
  createdAt: Type.String({ description: "ISO 8601" }),
  learners: Type.Integer(),
});
export type ClassSummary = Static<typeof ClassSchema>;

export const CreateClassRequest = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 80 }) },
  { additionalProperties: false },
);
export type CreateClassRequest = Static<typeof CreateClassRequest>;

export const ClassListReply = Type.Object({ classes: Type.Array(ClassSchema) });
export type ClassListReply = Static<typeof ClassListReply>;

export const JoinClassRequest = Type.Object(
  { joinCode: Type.String({ minLength: 4, maxLength: 16 }) },
  { additionalProperties: false },
);
export type JoinClassRequest = Static<typeof JoinClassRequest>;

export const JoinClassReply = Type.Object({ id: Type.String(), name: Type.String() });
export type JoinClassReply = Static<typeof JoinClassReply>;

/** One learner of a class: their estimate per skill and their gate results. */
export const ClassLearnerSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  passedUnits: Type.Array(Type.Integer()),
  skills: Type.Array(
    Type.Object({ skill: Type.String(), estimate: Type.Number(), mastered: Type.Boolean() }),
  ),
  gates: Type.Array(
    Type.Object({ unit: Type.Integer(), at: Type.String(), passed: Type.Boolean() }),
  ),
  attempts: Type.Integer(),
});
export type ClassLearner = Static<typeof ClassLearnerSchema>;

/** A diagnosed mistake across the class: how often, and one real wrong answer as an example. */
export const ClassMistakeSchema = Type.Object({
  mistake: Type.String(),
  name: Type.String(),
  fix: Type.String(),
  count: Type.Integer(),
  example: Type.Object({
    skill: Type.String(),
    prompt: Type.String(),
    /** How the answer was given, so the page typesets values and shapes and not choice ids. */
    kind: AnswerKindSchema,
    answer: Type.String(),
  }),
});

/** `GET /classes/:id`: the class, its learners, and its most frequent mistakes. */
export const ClassDetailReply = Type.Object({
  class: ClassSchema,
  skills: Type.Array(
    Type.Object({ id: Type.String(), title: Type.String(), unit: Type.Integer() }),
  ),
  learners: Type.Array(ClassLearnerSchema),
  mistakes: Type.Array(ClassMistakeSchema),
});
export type ClassDetailReply = Static<typeof ClassDetailReply>;
