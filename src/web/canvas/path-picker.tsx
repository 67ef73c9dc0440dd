/** One end of the traced paths, picked by radio buttons: the keyboard way to pick a graph node. */
export function PathPicker({
  legend,
  letter,
  count,
  value,
  onPick,
}: {
  readonly legend: string;
  readonly letter: string;
  readonly count: number;
  readonly value: number;
  readonly onPick: (index: number) => void;
}) {
  return (
    <fieldset className="picker">
      <legend>{legend}</legend>
      {Array.from({ length: count }, (_, k) => (
        <label key={k}>
          <input type="radio" name={legend} checked={k === value} onChange={() => onPick(k)} />{" "}
          {letter}
          {k + 1}
        </label>
      ))}
    </fieldset>
  );
}
