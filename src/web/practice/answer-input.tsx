import type { AnswerReply, SubmissionBody } from "../../api";
import type { AnswerKind } from "../../core/grading";
import { hasKind, type ItemSpec } from "./answer-draft";
import { ANSWER_INPUTS } from "./answer-inputs";

interface AnswerInputProps {
  readonly spec: ItemSpec;
  readonly draft: SubmissionBody;
  readonly reply: AnswerReply | null;
  readonly readOnly: boolean;
  readonly onChange: (draft: SubmissionBody) => void;
}

/** The input for the item's kind of answer, from the registry. */
export function AnswerInput(props: AnswerInputProps) {
  return inputOfKind(props.spec.kind, props);
}

function inputOfKind<K extends AnswerKind>(kind: K, props: AnswerInputProps) {
  const { spec, draft } = props;
  // The draft is made from the spec, so the kinds agree; a mismatch would be a bug upstream.
  if (!hasKind(spec, kind) || !hasKind(draft, kind)) return null;
  const { Input } = ANSWER_INPUTS[kind];
  return (
    <Input
      spec={spec}
      draft={draft}
      reply={props.reply}
      readOnly={props.readOnly}
      onChange={props.onChange}
    />
  );
}

/** The blank answer an item starts with. */
export function blankDraft(spec: ItemSpec): SubmissionBody {
  return blankOfKind(spec.kind, spec);
}

function blankOfKind<K extends AnswerKind>(kind: K, spec: ItemSpec): SubmissionBody {
  if (!hasKind(spec, kind)) throw new Error(`spec is not a ${kind} spec`);
  return ANSWER_INPUTS[kind].blank(spec);
}
