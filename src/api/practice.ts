import { Type, type Static } from "typebox";

const Strings = Type.Array(Type.String({ maxLength: 400 }), { maxItems: 6 });

/** How the learner answers, as the browser sees it (mirrors core's AnswerSpec). */
export const AnswerSpecSchema = Type.Union([
  Type.Object({ kind: Type.Literal("expression"), variables: Type.Array(Type.String()) }),
  Type.Object({
    kind: Type.Literal("vector"),
    length: Type.Integer(),
    variables: Type.Array(Type.String()),
  }),
  Type.Object({
    kind: Type.Literal("matrix"),
    rows: Type.Integer(),
    cols: Type.Integer(),
    variables: Type.Array(Type.String()),
  }),
  Type.Object({ kind: Type.Literal("shape") }),
]);

/** An item as issued to the browser: never its seed, solution or worked steps. */
export const PublicItemSchema = Type.Object({
  id: Type.String(),
  skill: Type.String(),
  difficulty: Type.Integer(),
  prompt: Type.String(),
  spec: AnswerSpecSchema,
  hintCount: Type.Integer(),
});
export type PublicItemReply = Static<typeof PublicItemSchema>;

/** The learner's answer to one item, by answer kind; cells are raw input syntax. */
export const SubmissionSchema = Type.Union([
  Type.Object({ kind: Type.Literal("expression"), text: Type.String({ maxLength: 400 }) }),
  Type.Object({ kind: Type.Literal("vector"), cells: Strings }),
  Type.Object({ kind: Type.Literal("matrix"), cells: Type.Array(Strings, { maxItems: 6 }) }),
  Type.Object({ kind: Type.Literal("shape"), text: Type.String({ maxLength: 40 }) }),
]);
export type SubmissionBody = Static<typeof SubmissionSchema>;

export const AnswerRequest = Type.Object(
  { submission: SubmissionSchema },
  { additionalProperties: false },
);
export type AnswerRequest = Static<typeof AnswerRequest>;

/** One graded attempt in a learner's history for a skill. */
export const AttemptSummary = Type.Object({
  itemId: Type.String(),
  correct: Type.Boolean(),
  answeredAt: Type.String({ description: "ISO 8601" }),
});
export type AttemptSummary = Static<typeof AttemptSummary>;

export const HistoryReply = Type.Object({
  skill: Type.String(),
  attempts: Type.Array(AttemptSummary),
});
export type HistoryReply = Static<typeof HistoryReply>;

/** A cell's input error, positioned in the text as typed. */
export const CellErrorSchema = Type.Object({
  cell: Type.Optional(Type.Tuple([Type.Integer(), Type.Integer()])),
  code: Type.String(),
  position: Type.Integer(),
  message: Type.String(),
});

/** The reply to an answer: the verdict, and once graded, the worked solution and the history. */
export const AnswerReply = Type.Union([
  Type.Object({ verdict: Type.Literal("invalid"), errors: Type.Array(CellErrorSchema) }),
  Type.Object({
    verdict: Type.Union([Type.Literal("correct"), Type.Literal("incorrect")]),
    reason: Type.Optional(Type.String()),
    wrongCells: Type.Optional(Type.Array(Type.Tuple([Type.Integer(), Type.Integer()]))),
    solution: Type.Object({
      answer: Type.String({ description: "LaTeX of the correct answer" }),
      steps: Type.Array(Type.Object({ text: Type.String(), latex: Type.Optional(Type.String()) })),
    }),
    history: Type.Array(AttemptSummary),
  }),
]);
export type AnswerReply = Static<typeof AnswerReply>;
