/** What a reader sees while data loads or when the API fails: never a blank space. */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import type { Country } from '@thaw/data/schema';
import { type ReactNode, useEffect } from 'react';
import { countriesQuery } from '../api/queries';

export function LoadingState({ what }: { what: string }) {
  return (
    <div className="query-state" role="status">
      <span className="spinner" aria-hidden="true" />
      {i18n._('state.loading', { what })}
    </div>
  );
}

/** Failed requests are tried again on their own this often, as well as on the Retry button. */
const AUTO_RETRY_MS = 15_000;

export interface ErrorStateProps {
  what: string;
  error: Error;
  onRetry(): void;
}

export function ErrorState({ what, error, onRetry }: ErrorStateProps) {
  useEffect(() => {
    const timer = setTimeout(onRetry, AUTO_RETRY_MS);
    return () => clearTimeout(timer);
  }, [onRetry]);
  return (
    <div className="query-state error-state" role="alert">
      <p>
        <strong>{i18n._('state.failed', { what })}</strong> {error.message}
      </p>
      <p className="muted">{i18n._('state.retrying', { seconds: AUTO_RETRY_MS / 1000 })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {i18n._('state.retry')}
      </button>
    </div>
  );
}

/** A page's content once the countries are loaded; until then its loading or error state. */
export function WithCountries({
  what,
  children,
}: {
  what: string;
  children: (countries: readonly Country[]) => ReactNode;
}) {
  const countries = useQuery(countriesQuery());
  if (countries.isError) {
    return (
      <div className="page-state">
        <ErrorState what={what} error={countries.error} onRetry={() => void countries.refetch()} />
      </div>
    );
  }
  if (countries.isPending) {
    return (
      <div className="page-state">
        <LoadingState what={what} />
      </div>
    );
  }
  return children(countries.data);
}
