/**
 * The draft in localStorage as a store React subscribes to: every page (the explorer's button,
 * the editor, another tab) reads the same stored text, parsed once per change.
 */
import { useSyncExternalStore } from 'react';
import {
  DRAFT_KEY,
  type Draft,
  type DraftReading,
  parseStoredDraft,
  storedDraftText,
} from './draft';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's change to the draft.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The stored text; none where the browser blocks storage. */
function storedText(): string | null {
  try {
    return window.localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

let cached: { text: string | null; reading: DraftReading } | null = null;

function snapshot(): DraftReading {
  const text = storedText();
  if (cached?.text !== text) cached = { text, reading: parseStoredDraft(text) };
  return cached.reading;
}

export function readDraft(): DraftReading {
  return snapshot();
}

/** Stores `draft`; returns why it could not (a full or blocked storage), or null. */
export function saveDraft(draft: Draft): string | null {
  try {
    window.localStorage.setItem(DRAFT_KEY, storedDraftText(draft));
  } catch (error) {
    return `the browser would not keep it (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    for (const listener of listeners) listener();
  }
  return null;
}

export function useDraft(): DraftReading {
  return useSyncExternalStore(subscribe, snapshot);
}
