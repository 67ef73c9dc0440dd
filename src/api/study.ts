import { Type, type Static } from "typebox";
import { GateResultSchema } from "./gate-result";
import { PublicItemSchema } from "./practice";

const IsoTime = Type.String({ description: "ISO 8601" });

/** Where a skill stands for the learner, as the course map colours it. */
export const SkillStatusSchema = Type.Union([
  Type.Literal("locked"),
  Type.Literal("open"),
  Type.Literal("learning"),
  Type.Literal("mastered"),
  Type.Literal("due"),
]);
export type SkillStatus = Static<typeof SkillStatusSchema>;

/** One skill on the course map. */
export const SkillProgressSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  unit: Type.Integer(),
  status: SkillStatusSchema,
  /** P(the learner knows the skill now). */
  estimate: Type.Number(),
  opportunities: Type.Integer(),
  prerequisites: Type.Array(Type.String()),
  /** When a mastered skill's next review is due. */
  due: Type.Union([IsoTime, Type.Null()]),
  stuck: Type.Boolean(),
  refresher: Type.Boolean(),
});
export type SkillProgress = Static<typeof SkillProgressSchema>;

/** One unit on the course map: locked until the previous unit's gate is passed. */
export const UnitProgressSchema = Type.Object({
  unit: Type.Integer(),
  title: Type.String(),
  status: Type.Union([Type.Literal("locked"), Type.Literal("open"), Type.Literal("passed")]),
  gateOpen: Type.Boolean(),
  /** Why the unit is locked, or what its gate still needs; empty when nothing is in the way. */
  note: Type.String(),
});
export type UnitProgress = Static<typeof UnitProgressSchema>;

/** What the planner would do next (without issuing an item). */
export const PlannedStepSchema = Type.Union([
  Type.Object({ kind: Type.Literal("placement") }),
  Type.Object({ kind: Type.Literal("review"), skill: Type.String() }),
  Type.Object({
    kind: Type.Literal("practice"),
    skill: Type.String(),
    scaffold: Type.Union([
      Type.Literal("worked-example"),
      Type.Literal("faded"),
      Type.Literal("bare"),
    ]),
    reason: Type.Union([Type.Literal("weakest"), Type.Literal("retake"), Type.Literal("detour")]),
  }),
  Type.Object({ kind: Type.Literal("gate"), unit: Type.Integer() }),
  Type.Object({
    kind: Type.Literal("end"),
    reason: Type.Union([Type.Literal("length"), Type.Literal("nothing-to-do")]),
  }),
]);
export type PlannedStep = Static<typeof PlannedStepSchema>;

/** A study session: its length and how far the learner is through it. */
export const StudySessionSchema = Type.Object({
  id: Type.String(),
  startedAt: IsoTime,
  endedAt: Type.Union([IsoTime, Type.Null()]),
  maxItems: Type.Integer(),
  items: Type.Integer(),
  reviews: Type.Integer(),
});
export type StudySession = Static<typeof StudySessionSchema>;

/** `GET /learner/state`: the course map, the plan, and an unfinished session to resume. */
export const LearnerStateReply = Type.Object({
  placed: Type.Boolean(),
  currentUnit: Type.Union([Type.Integer(), Type.Null()]),
  units: Type.Array(UnitProgressSchema),
  skills: Type.Array(SkillProgressSchema),
  dueReviews: Type.Integer(),
  next: PlannedStepSchema,
  openSession: Type.Union([StudySessionSchema, Type.Null()]),
  /** An unfinished gate attempt, to resume. */
  openGate: Type.Union([Type.Object({ id: Type.String(), unit: Type.Integer() }), Type.Null()]),
});
export type LearnerStateReply = Static<typeof LearnerStateReply>;

export const StartSessionRequest = Type.Object(
  { maxItems: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })) },
  { additionalProperties: false },
);
export type StartSessionRequest = Static<typeof StartSessionRequest>;

/** A worked step, typeset. */
export const StepSchema = Type.Object({ text: Type.String(), latex: Type.Optional(Type.String()) });

/** An item issued in a session, with the faded steps its scaffold shows up front. */
const SessionItemFields = {
  purpose: Type.Union([
    Type.Literal("review"),
    Type.Literal("practice"),
    Type.Literal("placement"),
  ]),
  item: PublicItemSchema,
  /** The first steps of the solution shown up front (faded scaffolding); never the last step. */
  shownSteps: Type.Array(StepSchema),
};

/** A worked example to study: its solution is the point, so it is not answered for credit. */
export const WorkedExampleSchema = Type.Object({
  id: Type.String(),
  skill: Type.String(),
  skillTitle: Type.String(),
  prompt: Type.String(),
  answer: Type.String({ description: "LaTeX of the answer" }),
  steps: Type.Array(StepSchema),
});
export type WorkedExample = Static<typeof WorkedExampleSchema>;

/** What a session says at its end: what was practised, what improved, what is due when. */
export const SessionSummarySchema = Type.Object({
  items: Type.Integer(),
  right: Type.Integer(),
  reviews: Type.Integer(),
  practised: Type.Array(
    Type.Object({
      skill: Type.String(),
      title: Type.String(),
      before: Type.Number(),
      after: Type.Number(),
    }),
  ),
  newlyMastered: Type.Array(Type.String()),
  unitsPassed: Type.Array(Type.Integer()),
  stuck: Type.Array(Type.String()),
  nextReviewDue: Type.Union([IsoTime, Type.Null()]),
  dueNow: Type.Integer(),
});
export type SessionSummaryReply = Static<typeof SessionSummarySchema>;

/** `POST /study-sessions/:id/next`: the next thing to do in the session. */
export const NextStepReply = Type.Union([
  Type.Object({ kind: Type.Literal("item"), ...SessionItemFields }),
  Type.Object({ kind: Type.Literal("worked-example"), example: WorkedExampleSchema }),
  Type.Object({ kind: Type.Literal("gate"), unit: Type.Integer() }),
  Type.Object({ kind: Type.Literal("end"), summary: SessionSummarySchema }),
]);
export type NextStepReply = Static<typeof NextStepReply>;

/** `POST /items/:id/hints`: the hints revealed so far; each one counts against the answer's evidence. */
export const HintReply = Type.Object({
  hints: Type.Array(Type.String()),
  remaining: Type.Integer(),
});
export type HintReply = Static<typeof HintReply>;

/** A gate attempt: a fixed quiz issued one item at a time, in order. */
export const GateAttemptReply = Type.Object({
  id: Type.String(),
  unit: Type.Integer(),
  total: Type.Integer(),
  answered: Type.Integer(),
  result: Type.Union([GateResultSchema, Type.Null()]),
});
export type GateAttemptReply = Static<typeof GateAttemptReply>;

/** `POST /gate-attempts/:id/next`: the next gate item, or the verdict once every item is answered. */
export const GateNextReply = Type.Union([
  Type.Object({
    kind: Type.Literal("item"),
    item: PublicItemSchema,
    /** The item's place in the quiz, counting from 0. */
    position: Type.Integer(),
    total: Type.Integer(),
  }),
  Type.Object({ kind: Type.Literal("done"), result: GateResultSchema }),
]);
export type GateNextReply = Static<typeof GateNextReply>;

/** `/gates/:unit/...`. */
export const UnitParams = Type.Object({ unit: Type.Integer({ minimum: 0, maximum: 99 }) });
export type UnitParams = Static<typeof UnitParams>;
