import { Type, type Static } from "typebox";

export const HealthReply = Type.Object({ ok: Type.Literal(true) });
export type HealthReply = Static<typeof HealthReply>;
