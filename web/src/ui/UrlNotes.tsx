/** What was wrong with the link the reader followed, and what is shown instead. */
import { i18n } from '@lingui/core';
export function UrlNotes({ notes, onDismiss }: { notes: readonly string[]; onDismiss(): void }) {
  if (notes.length === 0) return null;
  return (
    <div className="url-notes" role="status" data-testid="url-notes">
      <div>
        <strong>{i18n._('urlNotes.heading')}</strong>
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={i18n._('urlNotes.dismiss')}
        onClick={onDismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
