import { i18n } from '@lingui/core';
import type { ReactNode } from 'react';

/** A page with nothing to show yet (a view still to come, an unknown address): says so and links on. */
export function PlaceholderPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="placeholder-page">
      <h1>{title}</h1>
      {children}
      <p>
        <a href="/">{i18n._('notFound.openExplorer')}</a>
      </p>
    </div>
  );
}
