/**
 * The reader's own stories, one page per route, loaded together as one chunk: they share most of
 * their code, and a chunk apiece would split the code they share with the explorer into more.
 */
import DraftEditorPage from './DraftEditorPage';
import DraftPresentPage from './DraftPresentPage';
import OpenStoryPage from './OpenStoryPage';
import SharedStoryPage from './SharedStoryPage';

export type AuthoringRoute = 'story-draft' | 'story-draft-present' | 'story-shared' | 'story-open';

export default function AuthoringPage({ page }: { page: AuthoringRoute }) {
  if (page === 'story-draft') return <DraftEditorPage />;
  if (page === 'story-draft-present') return <DraftPresentPage />;
  if (page === 'story-shared') return <SharedStoryPage />;
  return <OpenStoryPage />;
}
