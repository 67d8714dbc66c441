/**
 * The browser's location as a store React can subscribe to. `pushState`/`replaceState` fire no
 * event, so navigation goes through `navigate`, which tells the subscribers itself.
 */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface NavigateOptions {
  /** Replace the current history entry (while playing or scrubbing) instead of adding one. */
  replace?: boolean;
}

export function navigate(url: string, { replace = false }: NavigateOptions = {}): void {
  if (url === snapshot()) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

export interface Location {
  pathname: string;
  search: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const queryAt = href.indexOf('?');
  return queryAt === -1
    ? { pathname: href, search: '' }
    : { pathname: href.slice(0, queryAt), search: href.slice(queryAt) };
}
