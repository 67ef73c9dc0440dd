import type { AnswerReply } from "../../api";
import type { AnswerKind } from "../../core/grading";
import type { DraftOf, SpecOfKind } from "./answer-draft";

/** What every `<Kind>Input` receives: its spec, the draft answer, the last reply, and a setter. */
export interface AnswerInputProps<K extends AnswerKind> {
  readonly spec: SpecOfKind<K>;
  readonly draft: DraftOf<K>;
  readonly reply: AnswerReply | null;
  readonly readOnly: boolean;
  readonly onChange: (draft: DraftOf<K>) => void;
}
