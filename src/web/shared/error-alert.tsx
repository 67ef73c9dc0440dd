/** An error sentence announced to screen readers; renders nothing when there is no error. */
export function ErrorAlert({ message }: { readonly message: string | null }) {
  if (message === null) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
