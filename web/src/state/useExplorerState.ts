/**
 * The explorer's state, read from the URL on every navigation and written back to it: the one
 * place the map, the timeline and the panels get their state from.
 */
import {
  type ExplorerState,
  parseExplorerState,
  type StateContext,
  serializeExplorerState,
} from './urlState';
import { type UrlCodec, type UrlStateHandle, useUrlState } from './useUrlState';

const EXPLORER_CODEC: UrlCodec<ExplorerState, StateContext> = {
  parse: parseExplorerState,
  serialize: serializeExplorerState,
};

export function useExplorerState(context: StateContext): UrlStateHandle<ExplorerState> {
  return useUrlState(EXPLORER_CODEC, context);
}
