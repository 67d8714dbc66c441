/**
 * The line under every figure and image that names where its data comes from. Apart from the
 * chart components, so that the map's image can write it without loading recharts.
 */

import type { I18n } from '@lingui/core';

/** What a source line says of the data: its release and licence (`/api/meta`), if it is one. */
export interface DatasetRelease {
  version: string | null;
  /** The licence's SPDX id, e.g. `CC-BY-4.0`. */
  licence: string | null;
}

/**
 * "Source: Thaw Atlas dataset v1.0.0, CC BY 4.0, https://…/api/sources": every figure and image
 * names where it comes from, which release, and under which licence it may be reused.
 */
export function sourceLine(
  origin: string,
  { version, licence }: DatasetRelease,
  i18n: I18n,
): string {
  const dataset = version
    ? i18n._('chart.source.version', { version })
    : i18n._('chart.source.dataset');
  const release = licence ? `, ${licence.replaceAll('-', ' ')}` : '';
  return i18n._('chart.source', { dataset: `${dataset}${release}`, url: `${origin}/api/sources` });
}
