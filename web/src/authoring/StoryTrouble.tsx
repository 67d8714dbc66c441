/**
 * What is wrong with a story from outside the atlas (a link, a file, a draft), each problem at
 * its place ("step 3, caption: …"), and the ways on: the draft, a file, the explorer.
 */
import type { ReactNode } from 'react';
import { problemText, type StoryProblem } from './checkStory';
import { DRAFT_PATH, OPEN_PATH } from './paths';

export interface StoryTroubleProps {
  /** "This link is damaged: …" */
  heading: string;
  problems?: readonly StoryProblem[];
  /** More ways on than the usual three (a file picker, "Start a new draft"). */
  children?: ReactNode;
}

export function StoryTrouble({ heading, problems = [], children }: StoryTroubleProps) {
  return (
    <div className="story-trouble" role="alert" data-testid="story-trouble">
      <h1>{heading}</h1>
      {problems.length > 0 && (
        <ul className="story-trouble-problems">
          {problems.map((problem) => (
            <li key={problemText(problem)}>{problemText(problem)}</li>
          ))}
        </ul>
      )}
      {children}
      <ul className="story-trouble-ways">
        <li>
          <a href={DRAFT_PATH}>Open your draft</a>
        </li>
        <li>
          <a href={OPEN_PATH}>Open a story file</a>
        </li>
        <li>
          <a href="/">Open the map explorer</a>
        </li>
      </ul>
    </div>
  );
}

/** The heading for a story that failed its checks, naming the unknown events first. */
export function failedHeading(what: 'link' | 'file', unknownEvents: readonly string[]): string {
  const subject = what === 'link' ? 'This link' : 'This file';
  if (unknownEvents.length > 0) {
    const ids = unknownEvents.map((id) => `“${id}”`).join(', ');
    return `${subject} names events the atlas does not have: ${ids}`;
  }
  return what === 'link'
    ? 'This link is damaged: its story does not pass the atlas’s checks'
    : 'This file is not a story the atlas can present';
}
