import type { AnswerReply } from "../../api";

/**
 * The server's messages about an answer it could not read, for inputs that are not grids of
 * cells (a grid shows each message under its own cell).
 */
export function InputErrors({
  id,
  reply,
}: {
  readonly id: string;
  readonly reply: AnswerReply | null;
}) {
  if (reply?.verdict !== "invalid") return null;
  return (
    <ul id={id} className="cell-message server">
      {reply.errors.map((error, index) => (
        <li key={index}>{error.message}</li>
      ))}
    </ul>
  );
}
