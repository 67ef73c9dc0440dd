import { Type, type Static } from "typebox";

/** A gate's verdict: the skills that fell short and what they needed. */
export const GateResultSchema = Type.Union([
  Type.Object({ kind: Type.Literal("passed"), unit: Type.Integer() }),
  Type.Object({
    kind: Type.Literal("failed"),
    unit: Type.Integer(),
    shortfalls: Type.Array(
      Type.Object({
        skill: Type.String(),
        title: Type.String(),
        right: Type.Integer(),
        needed: Type.Integer(),
        estimate: Type.Number(),
      }),
    ),
  }),
]);
export type GateResult = Static<typeof GateResultSchema>;
