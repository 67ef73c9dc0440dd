/** A quiet placeholder while a page or its data loads. */
export function LoadingNote() {
  return (
    <p className="loading" aria-live="polite">
      Loading…
    </p>
  );
}
