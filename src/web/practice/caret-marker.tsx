import { splitAtPosition } from "./caret";

/** The typed text with the character at `position` marked and a caret under it (monospace, so it lines up). */
export function CaretMarker({
  text,
  position,
}: {
  readonly text: string;
  readonly position: number;
}) {
  const { before, at, after } = splitAtPosition(text, position);
  return (
    <span className="caret-marker" aria-hidden="true">
      <span className="caret-text">
        {before}
        <mark>{at}</mark>
        {after}
      </span>
      <span className="caret-line">{`${" ".repeat(before.length)}^`}</span>
    </span>
  );
}
