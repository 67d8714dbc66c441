/**
 * "Export video": a modal dialog that makes a video of the map (MP4 or WebM, as this browser
 * encodes, or a GIF) from a range of months at the explorer's filters and frame, or from a
 * story's steps. Loaded only when opened: the encoders stay out of the explorer's first load.
 */
import { i18n } from '@lingui/core';
import { useQueryClient } from '@tanstack/react-query';
import { sourceLine } from '@thaw/charts';
import type { Bbox } from '@thaw/data/framing';
import type { Category, Country } from '@thaw/data/schema';
import type { Story } from '@thaw/data/stories';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { metaQuery } from '../api/queries';
import { download } from '../app/download';
import { frameLayout } from '../map/mapImage';
import type { EventView } from '../map/visibility';
import { stepDateLabel, stepFilterWords } from '../story/stepView';
import { FIRST_MONTH, LAST_MONTH, monthKey, monthOf } from '../time/months';
import { encodeMapVideo, type VideoOutput } from './encodeMapVideo';
import { type StageRequest, VideoStage } from './VideoStage';
import { pickVideoCodec, type VideoCodecChoice } from './videoCodec';
import {
  explorerShots,
  FPS,
  frameCount,
  type Shot,
  SIZES,
  SPEEDS,
  type Speed,
  STEP_SECONDS,
  type StepSeconds,
  storyShots,
} from './videoPlan';

/** What the video is of: the explorer's view, or a story. */
export type VideoSubject =
  | {
      kind: 'explorer';
      month: number;
      mode: EventView['mode'];
      countries: readonly string[];
      categories: readonly Category[];
      /** The frame on screen. */
      frame: Bbox | null;
      filterWords: string;
      /** The view's address, for the source line. */
      link: string;
    }
  | { kind: 'story'; story: Story; step: number; link: string };

export interface VideoExportDialogProps {
  subject: VideoSubject;
  countries: readonly Country[];
  onClose(): void;
}

type Format = 'video' | 'gif';

interface Progress {
  done: number;
  total: number;
  started: number;
  now: number;
}

const CODEC_NAMES = { mp4: 'MP4 (H.264)', webm: 'WebM (VP9)' } as const;

export default function VideoExportDialog({ subject, countries, onClose }: VideoExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const queryClient = useQueryClient();
  const countryNames = useMemo(
    () => new Map(countries.map((country) => [country.id, country.name])),
    [countries],
  );

  const year = subject.kind === 'explorer' ? Math.floor(subject.month / 12) * 12 : 0;
  const [from, setFrom] = useState(monthKey(year));
  const [to, setTo] = useState(monthKey(Math.min(LAST_MONTH, year + 11)));
  const [speed, setSpeed] = useState<Speed>(2);
  const mapSteps = useMemo(
    () =>
      subject.kind === 'story'
        ? subject.story.steps.flatMap((step, index) => (step.show === 'map' ? [index] : []))
        : [],
    [subject],
  );
  // From the step on screen, if it shows the map, to the last.
  const [firstStep, setFirstStep] = useState(() =>
    subject.kind === 'story' && mapSteps.includes(subject.step) ? subject.step : (mapSteps[0] ?? 0),
  );
  const [lastStep, setLastStep] = useState(mapSteps.at(-1) ?? 0);
  const [seconds, setSeconds] = useState<StepSeconds>(4);
  const [sizeId, setSizeId] = useState<string>('1280x720');
  const size = SIZES.find((each) => each.id === sizeId) ?? SIZES[1];
  const [format, setFormat] = useState<Format>('video');
  /** What this browser encodes at the chosen size: undefined while asking, null for none. */
  const [codec, setCodec] = useState<VideoCodecChoice | null | undefined>(undefined);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [request, setRequest] = useState<StageRequest | null>(null);
  const abort = useRef<AbortController | null>(null);
  const running = progress !== null;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => abort.current?.abort();
  }, []);

  useEffect(() => {
    let current = true;
    setCodec(undefined);
    void pickVideoCodec(size.width, size.height).then((choice) => {
      if (current) setCodec(choice);
    });
    return () => {
      current = false;
    };
  }, [size.width, size.height]);
  const videoFormat = codec ? CODEC_NAMES[codec.container] : null;
  const chosen: Format = format === 'video' && codec === null ? 'gif' : format;

  const plan = (): { shots: Shot[]; filename: string } | string => {
    if (subject.kind === 'explorer') {
      const [start, end] = [parseMonth(from), parseMonth(to)];
      if (start === null || end === null) return i18n._('video.monthsNeeded');
      if (end < start) return i18n._('video.monthsBackwards');
      return {
        shots: explorerShots({ ...subject, from: start, to: end, speed }),
        filename: `thaw-atlas-${monthKey(start)}-to-${monthKey(end)}`,
      };
    }
    const { story } = subject;
    if (lastStep < firstStep) return i18n._('video.stepsBackwards');
    const steps = mapSteps
      .filter((index) => index >= firstStep && index <= lastStep)
      .map((index) => {
        const step = story.steps[index] as Story['steps'][number];
        return { step, index, filterWords: stepFilterWords(step, countryNames) };
      });
    return {
      shots: storyShots(story.title, story.steps.length, steps, seconds),
      filename: `thaw-atlas-${story.id}-steps-${firstStep + 1}-to-${lastStep + 1}`,
    };
  };

  const start = async () => {
    const planned = plan();
    if (typeof planned === 'string') {
      setError(planned);
      return;
    }
    if (chosen === 'video' && !codec) return;
    const output: VideoOutput =
      chosen === 'gif' || !codec ? { kind: 'gif' } : { kind: 'video', codec };
    setError('');
    setStatus('');
    const controller = new AbortController();
    abort.current = controller;
    const started = performance.now();
    const total = frameCount(planned.shots);
    setProgress({ done: 0, total, started, now: started });
    try {
      // Every frame names the release and its licence.
      const meta = await queryClient.ensureQueryData(metaQuery());
      const blob = await encodeMapVideo({
        shots: planned.shots,
        layout: frameLayout(size.width, size.height, subject.kind === 'story'),
        sourceLine: `${sourceLine(
          window.location.origin,
          { version: meta.version, licence: meta.licence?.id ?? null },
          i18n,
        )} · ${i18n._('explorer.borders')} · ${subject.link}`,
        output,
        drawMap: (shot) =>
          new Promise((resolve, reject) => {
            controller.signal.throwIfAborted();
            controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
              once: true,
            });
            setRequest({ shot, resolve, reject });
          }),
        onProgress: (done) => setProgress({ done, total, started, now: performance.now() }),
        signal: controller.signal,
      });
      const extension = output.kind === 'gif' ? 'gif' : output.codec.container;
      // A GIF holds each month in one frame of its own length.
      const frames = output.kind === 'gif' ? planned.shots.length : total;
      download(blob, `${planned.filename}.${extension}`);
      setStatus(
        `Saved ${planned.filename}.${extension}: ${frames} frames, ${formatSeconds(total / FPS)}, ${formatBytes(blob.size)}.`,
      );
    } catch (failure) {
      if (controller.signal.aborted) setStatus(i18n._('video.cancelled'));
      else setError(i18n._('video.failed', { error: (failure as Error).message }));
    } finally {
      abort.current = null;
      setProgress(null);
      setRequest(null);
    }
  };

  const steps = subject.kind === 'story' ? subject.story.steps : [];
  const left = progress && timeLeft(progress);
  const mapBox = frameLayout(size.width, size.height, subject.kind === 'story').map;

  return (
    <>
      {running && (
        <VideoStage
          width={mapBox.width}
          height={mapBox.height}
          countries={countries}
          request={request}
        />
      )}
      <dialog
        ref={dialog}
        className="video-dialog"
        aria-labelledby={titleId}
        onClose={onClose}
        onCancel={() => abort.current?.abort()}
      >
        <h2 id={titleId}>{i18n._('video.export')}</h2>
        <p className="muted">
          {subject.kind === 'explorer'
            ? `${subject.filterWords}, at the frame on screen, a month after another.`
            : `${subject.story.title}: the steps on the map, each with its caption.`}
        </p>
        <form
          className="video-form"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <fieldset disabled={running}>
            {subject.kind === 'explorer' ? (
              <div className="video-fields">
                <label>
                  {i18n._('video.fromMonth')}
                  <input
                    type="month"
                    // Where the browser has no month picker, a text field that takes 1956-10.
                    placeholder="YYYY-MM"
                    pattern="\d{4}-\d{2}"
                    min={monthKey(FIRST_MONTH)}
                    max={monthKey(LAST_MONTH)}
                    value={from}
                    onChange={(event) => setFrom(event.target.value)}
                    required
                  />
                </label>
                <label>
                  {i18n._('video.toMonth')}
                  <input
                    type="month"
                    // Where the browser has no month picker, a text field that takes 1956-10.
                    placeholder="YYYY-MM"
                    pattern="\d{4}-\d{2}"
                    min={monthKey(FIRST_MONTH)}
                    max={monthKey(LAST_MONTH)}
                    value={to}
                    onChange={(event) => setTo(event.target.value)}
                    required
                  />
                </label>
                <label>
                  {i18n._('video.speed')}
                  <select
                    value={speed}
                    onChange={(event) => setSpeed(Number(event.target.value) as Speed)}
                  >
                    {SPEEDS.map((each) => (
                      <option key={each} value={each}>
                        {i18n._('video.speedOption', { count: each })}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            ) : (
              <div className="video-fields">
                <StepSelect
                  label={i18n._('video.fromStep')}
                  steps={steps}
                  choices={mapSteps}
                  value={firstStep}
                  onChange={setFirstStep}
                />
                <StepSelect
                  label={i18n._('video.toStep')}
                  steps={steps}
                  choices={mapSteps}
                  value={lastStep}
                  onChange={setLastStep}
                />
                <label>
                  {i18n._('video.eachStep')}
                  <select
                    value={seconds}
                    onChange={(event) => setSeconds(Number(event.target.value) as StepSeconds)}
                  >
                    {STEP_SECONDS.map((each) => (
                      <option key={each} value={each}>
                        {i18n._('video.stepSeconds', { count: each })}
                      </option>
                    ))}
                  </select>
                </label>
                {mapSteps.length < steps.length && (
                  <p className="muted video-note">{i18n._('video.chartsLeftOut')}</p>
                )}
              </div>
            )}
            <div className="video-fields">
              <label>
                {i18n._('video.size')}
                <select value={sizeId} onChange={(event) => setSizeId(event.target.value)}>
                  {SIZES.map((each) => (
                    <option key={each.id} value={each.id}>
                      {each.label}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset className="video-format">
                <legend>{i18n._('cite.format')}</legend>
                <label>
                  <input
                    type="radio"
                    name="video-format"
                    value="video"
                    checked={chosen === 'video'}
                    disabled={codec === null}
                    onChange={() => setFormat('video')}
                  />
                  {videoFormat ??
                    (codec === null ? i18n._('video.noCodec') : i18n._('video.video'))}
                </label>
                <label>
                  <input
                    type="radio"
                    name="video-format"
                    value="gif"
                    checked={chosen === 'gif'}
                    onChange={() => setFormat('gif')}
                  />
                  {i18n._('video.gif')}
                </label>
              </fieldset>
            </div>
          </fieldset>
          {progress && (
            <div className="video-progress">
              <progress
                max={progress.total}
                value={progress.done}
                aria-label={i18n._('video.framesDone')}
              />
              <p role="status">
                Frame {progress.done} of {progress.total}
                {left === null ? '' : ` · about ${formatSeconds(left)} left`}
              </p>
            </div>
          )}
          {error && (
            <p className="video-error" role="alert">
              {error}
            </p>
          )}
          {!running && status && <p role="status">{status}</p>}
          <div className="video-actions">
            {running ? (
              <button type="button" className="button" onClick={() => abort.current?.abort()}>
                {i18n._('video.cancel')}
              </button>
            ) : (
              <>
                <button
                  type="submit"
                  className="button primary"
                  disabled={chosen === 'video' && !codec}
                >
                  {i18n._('video.go')}
                </button>
                <button type="button" className="button" onClick={() => dialog.current?.close()}>
                  {i18n._('video.close')}
                </button>
              </>
            )}
          </div>
        </form>
      </dialog>
    </>
  );
}

/** A `YYYY-MM` of the atlas's period, as a month index, or null. */
function parseMonth(value: string): number | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return null;
  const month = monthOf(value);
  return month >= FIRST_MONTH && month <= LAST_MONTH ? month : null;
}

/** A choice among the story's map steps, each named by its number, title and dates. */
function StepSelect(props: {
  label: string;
  steps: Story['steps'];
  choices: readonly number[];
  value: number;
  onChange(index: number): void;
}) {
  const { label, steps, choices, value, onChange } = props;
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {choices.map((index) => (
          <option key={index} value={index}>
            {stepOption(steps, index)}
          </option>
        ))}
      </select>
    </label>
  );
}

function stepOption(steps: Story['steps'], index: number): string {
  const step = steps[index];
  return step ? `${index + 1}. ${step.title} (${stepDateLabel(step)})` : String(index + 1);
}

/** Seconds left at the rate so far, once a frame is done. */
function timeLeft({ done, total, started, now }: Progress): number | null {
  if (done === 0) return null;
  return (((now - started) / done) * (total - done)) / 1000;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

function formatBytes(bytes: number): string {
  return bytes < 1_000_000
    ? `${Math.round(bytes / 1000)} kB`
    : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
