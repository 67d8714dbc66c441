/**
 * The presenter and its speaker notes, in two windows, talk over a `BroadcastChannel` named for
 * the story: the presenter says what it shows, the notes window asks for it when it opens and
 * may ask the presenter to go to another step.
 */
import { Story } from '@thaw/data/stories';

export type StoryMessage =
  /** The notes window opened: the presenter answers with what it shows. */
  | { type: 'hello' }
  /** The presenter shows `step` (0-based) of `story`. */
  | { type: 'show'; story: Story; step: number }
  /** The notes window asks the presenter for `step`. */
  | { type: 'go'; step: number };

export const storyChannelName = (storyId: string): string => `thaw-atlas:story:${storyId}`;

const isStep = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;

/** A message from the channel, or null for anything else (another version's, a stranger's). */
export function readStoryMessage(data: unknown): StoryMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type === 'go' && isStep(message.step)) return { type: 'go', step: message.step };
  if (message.type === 'show' && isStep(message.step)) {
    const story = Story.safeParse(message.story);
    if (story.success && message.step < story.data.steps.length) {
      return { type: 'show', story: story.data, step: message.step };
    }
  }
  return null;
}

/** Opens the story's channel and hands each valid message to `onMessage`; returns the sender. */
export function openStoryChannel(
  storyId: string,
  onMessage: (message: StoryMessage) => void,
): { post(message: StoryMessage): void; close(): void } {
  const channel = new BroadcastChannel(storyChannelName(storyId));
  channel.onmessage = (event) => {
    const message = readStoryMessage(event.data);
    if (message) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** The speaker's clock: `4:05`, `1:02:09`. */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (value: number) => String(value).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
