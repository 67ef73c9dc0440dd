import { Type, type Static } from "typebox";

/** Sign-up and sign-in both take a name and a password. */
export const Credentials = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 64, pattern: "^\\S(.*\\S)?$" }),
    password: Type.String({ minLength: 8, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type Credentials = Static<typeof Credentials>;

/** The signed-in learner as the app sees them. */
export const Me = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.Union([Type.Literal("learner"), Type.Literal("instructor")]),
});
export type Me = Static<typeof Me>;

export const MeReply = Type.Object({ learner: Me });
export type MeReply = Static<typeof MeReply>;
