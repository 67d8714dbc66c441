import { lazy, Suspense } from 'react';
import type { CiteThisProps } from './CiteThis';

const CiteThis = lazy(() => import('./CiteThis').then(({ CiteThis }) => ({ default: CiteThis })));

/** "Cite this", loaded when first shown: the explorer's first load does without the formatters. */
export function LazyCiteThis(props: CiteThisProps) {
  return (
    <Suspense fallback={null}>
      <CiteThis {...props} />
    </Suspense>
  );
}
