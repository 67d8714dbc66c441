import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Where readers can go when the map cannot be drawn. */
  onShowTable(): void;
}

/**
 * Keeps a map failure (no WebGL, a lost context) inside the map's frame: the panels, the timeline
 * and the table keep working.
 */
export class MapErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="map-failure" role="alert">
        <h2>The map cannot be drawn here</h2>
        <p>
          Drawing the map needs WebGL 2, which this browser has switched off or does not offer.
          Everything else on this page still works, and the table lists the same events.
        </p>
        <details>
          <summary>What the browser said</summary>
          <p className="muted">{error.message}</p>
        </details>
        <button type="button" className="button" onClick={this.props.onShowTable}>
          Show the events as a table
        </button>
      </div>
    );
  }
}
