/** What was wrong with the link the reader followed, and what is shown instead. */
export function UrlNotes({ notes, onDismiss }: { notes: readonly string[]; onDismiss(): void }) {
  if (notes.length === 0) return null;
  return (
    <div className="url-notes" role="status" data-testid="url-notes">
      <div>
        <strong>This link was partly out of date or mistyped.</strong>
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss this note"
        onClick={onDismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
