/**
 * The timeline without a view: a month between bounds, play/pause at a speed, and the keyboard
 * mapping of an ARIA slider. The component draws it; tests drive it with fake timers.
 */

export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

/** How a change came about: the URL keeps one history entry for a run of play or scrub steps. */
export type ChangeCause = 'step' | 'jump' | 'play' | 'scrub';

export interface TimelineSnapshot {
  value: number;
  playing: boolean;
  speed: Speed;
}

export interface TimelineOptions {
  min: number;
  max: number;
  value: number;
  speed?: Speed;
  /** Milliseconds per step at 1×. */
  stepMs?: number;
  onChange?(value: number, cause: ChangeCause): void;
}

const DEFAULT_STEP_MS = 600;

export class TimelineController {
  readonly min: number;
  readonly max: number;
  private snapshot: TimelineSnapshot;
  private readonly stepMs: number;
  private readonly onChange: TimelineOptions['onChange'];
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: TimelineOptions) {
    this.min = options.min;
    this.max = options.max;
    this.stepMs = options.stepMs ?? DEFAULT_STEP_MS;
    this.onChange = options.onChange;
    this.snapshot = { value: this.clamp(options.value), playing: false, speed: options.speed ?? 1 };
  }

  /** For React's useSyncExternalStore: a new object only when something changed. */
  getSnapshot = (): TimelineSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get value(): number {
    return this.snapshot.value;
  }

  get playing(): boolean {
    return this.snapshot.playing;
  }

  /** Moves to `value` (clamped) and reports it, unless it is where the timeline already is. */
  setValue(value: number, cause: ChangeCause = 'jump'): void {
    const next = this.clamp(Math.round(value));
    if (next === this.snapshot.value) return;
    this.update({ value: next });
    this.onChange?.(next, cause);
  }

  /** Follows a value that changed elsewhere (the URL, history): no report back. */
  sync(value: number): void {
    const next = this.clamp(value);
    if (next !== this.snapshot.value) this.update({ value: next });
  }

  step(delta: number, cause: ChangeCause = 'step'): void {
    this.setValue(this.snapshot.value + delta, cause);
  }

  play(): void {
    if (this.snapshot.playing) return;
    // Playing from the end starts again from the beginning.
    if (this.snapshot.value >= this.max) this.setValue(this.min, 'play');
    this.update({ playing: true });
    this.schedule();
  }

  pause(): void {
    if (!this.snapshot.playing) return;
    this.cancel();
    this.update({ playing: false });
  }

  toggle(): void {
    if (this.snapshot.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: Speed): void {
    if (speed === this.snapshot.speed) return;
    this.update({ speed });
    if (this.snapshot.playing) {
      this.cancel();
      this.schedule();
    }
  }

  /**
   * The keys of an ARIA slider, by `KeyboardEvent.key`: ←/→ (and ↓/↑) a month, PageUp/PageDown a
   * year, Home/End the bounds, Space play/pause. Returns whether the key was handled, so the
   * component can prevent the browser's default (scrolling).
   */
  handleKey(key: string): boolean {
    switch (key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        this.pause();
        this.step(-1, 'scrub');
        return true;
      case 'ArrowRight':
      case 'ArrowUp':
        this.pause();
        this.step(1, 'scrub');
        return true;
      case 'PageDown':
        this.pause();
        this.step(-12);
        return true;
      case 'PageUp':
        this.pause();
        this.step(12);
        return true;
      case 'Home':
        this.pause();
        this.setValue(this.min);
        return true;
      case 'End':
        this.pause();
        this.setValue(this.max);
        return true;
      case ' ':
      case 'Spacebar':
        this.toggle();
        return true;
      default:
        return false;
    }
  }

  destroy(): void {
    this.cancel();
    this.listeners.clear();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.snapshot.value >= this.max) {
        this.update({ playing: false });
        return;
      }
      this.step(1, 'play');
      if (this.snapshot.value >= this.max) this.update({ playing: false });
      else this.schedule();
    }, this.stepMs / this.snapshot.speed);
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(patch: Partial<TimelineSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private clamp(value: number): number {
    return Math.min(this.max, Math.max(this.min, value));
  }
}
