/**
 * A story from outside the atlas presented like a shipped one, its step in the page's URL
 * (`?step=3`, counted from 1) so that back, forward and a reload keep the place.
 */
import type { Story } from '@thaw/data/stories';
import type { ReactNode } from 'react';
import { navigate, useLocation } from '../app/location';
import { StoryPresenter } from '../story/StoryPresenter';
import { stepOfSearch, stepSearch } from './paths';

export interface PresentedStoryProps {
  story: Story;
  /** The page's path; `hash`, what follows it in every step's link (a shared story). */
  path: string;
  hash?: string;
  origin: ReactNode;
}

export function PresentedStory({ story, path, hash = '', origin }: PresentedStoryProps) {
  const { search } = useLocation();
  const hrefForStep = (index: number) => `${path}${stepSearch(index)}${hash}`;
  return (
    <div className="story-page">
      <StoryPresenter
        story={story}
        step={stepOfSearch(search, story.steps.length)}
        hrefForStep={hrefForStep}
        onStep={(index) => navigate(hrefForStep(index))}
        origin={origin}
      />
    </div>
  );
}
