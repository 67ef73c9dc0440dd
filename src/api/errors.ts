import { Type, type Static } from "typebox";

/** Every error reply: a stable code for the app and a sentence for the person. Never internals. */
export const ApiError = Type.Object({ error: Type.String(), message: Type.String() });
export type ApiError = Static<typeof ApiError>;
