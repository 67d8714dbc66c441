import { i18n } from '@lingui/core';
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
        <h2>{i18n._('mapError.heading')}</h2>
        <p>{i18n._('mapError.text')}</p>
        <details>
          <summary>{i18n._('mapError.said')}</summary>
          <p className="muted">{error.message}</p>
        </details>
        <button type="button" className="button" onClick={this.props.onShowTable}>
          {i18n._('mapError.table')}
        </button>
      </div>
    );
  }
}
