/**
 * Text to copy (a link, embed code): to the clipboard where the page may write it, and always
 * shown in a field below the buttons, selected on focus, for where it may not.
 */
import { i18n } from '@lingui/core';
import { useState } from 'react';

/** What can be copied, named in the reader's language. */
const COPIED_NAMES: Record<string, () => string> = {
  link: () => i18n._('copy.what.link'),
  'share link': () => i18n._('copy.what.link'),
  'embed code': () => i18n._('copy.what.embed'),
  'image URL': () => i18n._('copy.what.imageUrl'),
  citation: () => i18n._('copy.what.citation'),
};

const copiedName = (what: string) => COPIED_NAMES[what]?.() ?? what;

export interface Copied<What extends string> {
  what: What;
  text: string;
}

/** The text last copied, and `copy`, which reports through `setStatus` how it went. */
export function useCopy<What extends string>(setStatus: (status: string) => void) {
  const [copied, setCopied] = useState<Copied<What> | null>(null);
  const copy = async (what: What, text: string) => {
    setCopied({ what, text });
    try {
      await navigator.clipboard.writeText(text);
      setStatus(i18n._('copy.done', { what: copiedName(what) }));
    } catch {
      // No clipboard here (an insecure page, a refused permission): the field below has it.
      setStatus(i18n._('copy.select', { what: copiedName(what) }));
    }
  };
  return [copied, copy] as const;
}

export function CopiedText({ copied, rows }: { copied: Copied<string>; rows: number }) {
  return (
    <label className="chart-actions-copied">
      <span className="visually-hidden">{copiedName(copied.what)}</span>
      <textarea
        readOnly
        value={copied.text}
        rows={rows}
        onFocus={(event) => event.currentTarget.select()}
        data-testid="copied-text"
      />
    </label>
  );
}
