import { Type, type Static } from "typebox";
import { GateResultSchema } from "./gate-result";

const Strings = Type.Array(Type.String({ maxLength: 400 }), { maxItems: 6 });
/** Option, factor and node ids are short names made by generators. */
const Id = Type.String({ maxLength: 64 });
const Variables = Type.Array(Type.String());
const LabelledOptions = Type.Array(Type.Object({ id: Type.String(), label: Type.String() }));
const Shape = Type.Object({ rows: Type.Integer(), cols: Type.Integer() });
const Paths = Type.Array(Type.Array(Id, { maxItems: 32 }), { maxItems: 64 });

/** A computational graph for path items: nodes in layers, directed edges, the ends asked about. */
const PathGraphSchema = Type.Object({
  nodes: Type.Array(
    Type.Object({ id: Type.String(), label: Type.String(), layer: Type.Integer() }),
  ),
  edges: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
  from: Type.String(),
  to: Type.String(),
});

/**
 * How the learner answers, as the browser sees it (mirrors core's AnswerSpec). A matrix whose
 * shape the learner must choose comes without rows and columns: they would give the answer away.
 */
export const AnswerSpecSchema = Type.Union([
  Type.Object({ kind: Type.Literal("expression"), variables: Variables }),
  Type.Object({ kind: Type.Literal("vector"), length: Type.Integer(), variables: Variables }),
  Type.Object({
    kind: Type.Literal("matrix"),
    rows: Type.Integer(),
    cols: Type.Integer(),
    variables: Variables,
    chooseShape: Type.Literal(false),
  }),
  Type.Object({
    kind: Type.Literal("matrix"),
    variables: Variables,
    chooseShape: Type.Literal(true),
  }),
  Type.Object({ kind: Type.Literal("shape"), label: Type.Optional(Type.String()) }),
  Type.Object({ kind: Type.Literal("choice"), options: LabelledOptions }),
  Type.Object({ kind: Type.Literal("ordering"), factors: LabelledOptions }),
  Type.Object({ kind: Type.Literal("paths"), graph: PathGraphSchema }),
  Type.Object({
    kind: Type.Literal("arrow"),
    name: Type.String(),
    axes: Type.Array(Type.String(), { minItems: 1, maxItems: 3 }),
    span: Type.Number(),
  }),
]);

/** The kinds of answer, by name. */
export const AnswerKindSchema = Type.Union([
  Type.Literal("expression"),
  Type.Literal("vector"),
  Type.Literal("matrix"),
  Type.Literal("shape"),
  Type.Literal("choice"),
  Type.Literal("ordering"),
  Type.Literal("paths"),
  Type.Literal("arrow"),
]);
export type AnswerKindName = Static<typeof AnswerKindSchema>;

/** An item as issued to the browser: never its seed, solution or worked steps. */
export const PublicItemSchema = Type.Object({
  id: Type.String(),
  skill: Type.String(),
  /** The skill's title, for the learner (the id is for links and the canvas). */
  skillTitle: Type.String(),
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
  Type.Object({ kind: Type.Literal("choice"), choice: Id }),
  Type.Object({ kind: Type.Literal("ordering"), order: Type.Array(Id, { maxItems: 16 }) }),
  Type.Object({ kind: Type.Literal("paths"), paths: Paths }),
  /** An arrow dragged on the canvas: its tip's coordinates (the grader checks their count and size). */
  Type.Object({ kind: Type.Literal("arrow"), tip: Type.Array(Type.Number(), { maxItems: 3 }) }),
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

/** A catalogued mistake, named for the learner with its fix. */
const MistakeSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  fix: Type.String(),
});

/** A wrong answer the canvas can draw: a guess at Dg, at Δy = Df Dg Δx, or at ∇ₓ. */
const LearnerAnswerSchema = Type.Union([
  Type.Object({ of: Type.Literal("dg"), matrix: Type.Array(Type.Array(Type.Number())) }),
  Type.Object({ of: Type.Literal("dy"), vector: Type.Array(Type.Number()) }),
  Type.Object({ of: Type.Literal("grad-x"), vector: Type.Array(Type.Number()) }),
]);

/**
 * The item's functions and point in the playground's names (g in x1…xn, f in u1…um, the point
 * as "1, 2"), the item's own Δx when it has one, and after a wrong answer the canvas can draw,
 * that answer as numbers.
 */
const CanvasSchema = Type.Object({
  g: Type.String(),
  f: Type.String(),
  x: Type.String(),
  dx: Type.Optional(Type.Array(Type.Number())),
  mine: Type.Optional(LearnerAnswerSchema),
});

/** The reply to an answer: the verdict, and once graded, the worked solution and the history. */
export const AnswerReply = Type.Union([
  Type.Object({ verdict: Type.Literal("invalid"), errors: Type.Array(CellErrorSchema) }),
  Type.Object({
    verdict: Type.Union([Type.Literal("correct"), Type.Literal("incorrect")]),
    reason: Type.Optional(Type.String()),
    wrongCells: Type.Optional(Type.Array(Type.Tuple([Type.Integer(), Type.Integer()]))),
    expectedShape: Type.Optional(Shape),
    actualShape: Type.Optional(Shape),
    missingPaths: Type.Optional(Paths),
    extraPaths: Type.Optional(Paths),
    /** The catalogued mistakes this answer is what they give (more than one when they agree). */
    mistakes: Type.Optional(Type.Array(MistakeSchema)),
    /** The feedback sentence for the mistakes: what went wrong and the fix. */
    diagnosis: Type.Optional(Type.String()),
    solution: Type.Object({
      answer: Type.String({ description: "LaTeX of the correct answer" }),
      steps: Type.Array(Type.Object({ text: Type.String(), latex: Type.Optional(Type.String()) })),
    }),
    history: Type.Array(AttemptSummary),
    /** Sent only once the answer is in: the canvas of this case, for a link to the playground. */
    canvas: Type.Optional(CanvasSchema),
    /** The skill's mastery estimate before and after this answer. */
    estimate: Type.Optional(Type.Object({ before: Type.Number(), after: Type.Number() })),
    /** The gate's verdict, when this answer was the last of a gate attempt. */
    gate: Type.Optional(GateResultSchema),
    /** Whether this answer was a replay of one already graded (nothing changed). */
    replayed: Type.Optional(Type.Boolean()),
  }),
]);
export type AnswerReply = Static<typeof AnswerReply>;
