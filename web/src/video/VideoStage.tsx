/**
 * The map a video is drawn from: off screen, at the exact size of the frame's map box, one canvas
 * pixel a CSS pixel, without motion. Each shot asked for is given to the map, and the canvas is
 * handed back once the map has drawn it completely.
 */
import { useQuery } from '@tanstack/react-query';
import type { Country } from '@thaw/data/schema';
import { capitalsOf } from '@thaw/data/states';
import { Component, type ReactNode, useEffect, useMemo, useRef } from 'react';
import { bordersQuery, eventsQuery, placesQuery } from '../api/queries';
import { AtlasMap, type AtlasMapHandle } from '../map/AtlasMap';
import { gazetteerOf } from '../places/gazetteer';
import { STATES } from '../style/states';
import type { Shot } from './videoPlan';

/** A shot to draw, and where to send its canvas. */
export interface StageRequest {
  shot: Shot;
  resolve(canvas: HTMLCanvasElement): void;
  reject(error: Error): void;
}

export interface VideoStageProps {
  width: number;
  height: number;
  countries: readonly Country[];
  request: StageRequest | null;
}

const NOTHING = () => undefined;

export function VideoStage({ width, height, countries, request }: VideoStageProps) {
  const borders = useQuery(bordersQuery());
  const events = useQuery(eventsQuery());
  const places = useQuery(placesQuery());
  const capitals = useMemo(() => capitalsOf(countries, STATES), [countries]);
  const gazetteer = useMemo(() => gazetteerOf(places.data ?? []), [places.data]);
  const handle = useRef<AtlasMapHandle>(null);
  const failure = borders.error ?? events.error ?? places.error;
  const latest = useRef(request);
  latest.current = request;

  // This effect runs after the map's own, which have given it the shot's month, filters and frame.
  useEffect(() => {
    if (!request) return;
    if (failure) {
      request.reject(failure);
      return;
    }
    let current = true;
    void (async () => {
      while (current && !handle.current) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const map = handle.current;
      if (!current || !map) return;
      const canvas = await map.drawn(request.shot.view);
      if (current) request.resolve(canvas);
    })().catch((error: Error) => request.reject(error));
    return () => {
      current = false;
    };
  }, [request, failure]);

  const shot = request?.shot;
  return (
    <div className="video-stage" aria-hidden="true" inert style={{ width, height }}>
      {shot && borders.data && events.data && places.data && (
        <StageBoundary onError={(error) => latest.current?.reject(error)}>
          <AtlasMap
            ref={handle}
            borders={borders.data}
            capitals={capitals}
            events={events.data}
            gazetteer={gazetteer}
            state={shot.view}
            frame={shot.frame}
            selectedEvent={null}
            highlighted={shot.highlighted}
            onSelectEvent={NOTHING}
            reducedMotion
            pixelRatio={1}
            pictured
          />
        </StageBoundary>
      )}
    </div>
  );
}

/** A map that cannot be drawn (no WebGL, a lost context) fails the export, not the page. */
class StageBoundary extends Component<
  { children: ReactNode; onError(error: Error): void },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
