/** The "Export video" button; its dialog, and the encoders with it, load when it is first opened. */
import { i18n } from '@lingui/core';
import type { Country } from '@thaw/data/schema';
import { lazy, Suspense, useRef, useState } from 'react';
import type { VideoSubject } from './VideoExportDialog';

const VideoExportDialog = lazy(() => import('./VideoExportDialog'));

export interface ExportVideoProps {
  /** Asked when the dialog opens: the explorer's frame is the camera's at that moment. */
  subject(): VideoSubject;
  countries: readonly Country[];
  disabled?: boolean;
}

export function ExportVideo({ subject, countries, disabled }: ExportVideoProps) {
  const [open, setOpen] = useState<VideoSubject | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => setOpen(subject())}
      >
        {i18n._('video.export')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <VideoExportDialog
            subject={open}
            countries={countries}
            onClose={() => {
              setOpen(null);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
