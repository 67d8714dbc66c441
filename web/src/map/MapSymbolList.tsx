/**
 * The map's symbols for the keyboard: a listbox over the map whose options are the month's
 * symbols as the event layer lays them out (`EventLayer.symbolsOnScreen`), in order of date.
 * The arrow keys move a ring from symbol to symbol, where each is drawn, and Enter opens the
 * event. Only the active option is in the page (with its position in the set): a month of
 * hundreds of events costs nothing until the reader comes here.
 */
import { i18n } from '@lingui/core';
import type { Event } from '@thaw/data/schema';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { formatEventDates } from '../format/dates';
import type { EventLayer, SymbolOnScreen } from './eventLayer';

export interface MapSymbolListProps {
  map: MapLibreMap | null;
  layer: EventLayer | null;
  eventById: ReadonlyMap<string, Event>;
  selectedId: string | null;
  onSelect(id: string): void;
}

const OPTION_ID = 'map-symbol-active';
/** Room between a symbol and the keyboard's ring around it, in CSS pixels. */
const RING_GAP = 4;

/** The symbols in the order the keyboard visits them: by start, then as laid out. */
function byDate(symbols: SymbolOnScreen[], eventById: ReadonlyMap<string, Event>) {
  const start = (symbol: SymbolOnScreen) => eventById.get(symbol.id)?.start ?? '';
  return symbols
    .map((symbol, order) => ({ symbol, order }))
    .sort((a, b) => start(a.symbol).localeCompare(start(b.symbol)) || a.order - b.order)
    .map(({ symbol }) => symbol);
}

const NEXT: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowRight: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

export function MapSymbolList({ map, layer, eventById, selectedId, onSelect }: MapSymbolListProps) {
  const [active, setActive] = useState<{ id: string; at: number; count: number } | null>(null);
  const ring = useRef<HTMLDivElement>(null);
  const activeId = active?.id ?? null;

  // The ring follows its symbol as the map moves and the layout changes, and is hovered on it.
  useEffect(() => {
    if (!map || !layer || activeId === null) return;
    const follow = () => {
      const symbol = layer.symbolsOnScreen().find(({ id }) => id === activeId);
      const box = ring.current;
      if (!box) return;
      box.hidden = !symbol;
      if (symbol) {
        const radius = symbol.radius + RING_GAP;
        box.style.width = `${2 * radius}px`;
        box.style.height = `${2 * radius}px`;
        box.style.transform = `translate(${symbol.x - radius}px, ${symbol.y - radius}px)`;
      }
    };
    follow();
    layer.setHovered(activeId);
    map.on('render', follow);
    return () => {
      map.off('render', follow);
      layer.setHovered(null);
    };
  }, [map, layer, activeId]);

  if (!layer) return null;

  const symbols = () => byDate(layer.symbolsOnScreen(), eventById);
  const activate = (list: SymbolOnScreen[], at: number) => {
    const symbol = list[at];
    setActive(symbol ? { id: symbol.id, at, count: list.length } : null);
  };

  const onFocus = () => {
    const list = symbols();
    const at = list.findIndex(({ id }) => id === (activeId ?? selectedId));
    activate(list, Math.max(at, 0));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const move = NEXT[event.key];
    if (move) {
      event.preventDefault();
      const list = symbols();
      if (list.length === 0) return;
      const at = list.findIndex(({ id }) => id === activeId);
      activate(list, at < 0 ? 0 : move(at, list.length));
    } else if ((event.key === 'Enter' || event.key === ' ') && activeId !== null) {
      event.preventDefault();
      onSelect(activeId);
    }
  };

  const activeEvent = activeId === null ? undefined : eventById.get(activeId);
  return (
    <div
      className="map-symbols"
      role="listbox"
      tabIndex={0}
      aria-label={i18n._('map.symbolList')}
      aria-activedescendant={activeEvent ? OPTION_ID : undefined}
      onFocus={onFocus}
      onBlur={() => setActive(null)}
      onKeyDown={onKeyDown}
      data-testid="map-symbols"
    >
      {active && activeEvent && (
        <>
          <div
            id={OPTION_ID}
            role="option"
            aria-selected="true"
            aria-posinset={active.at + 1}
            aria-setsize={active.count}
            tabIndex={-1}
            className="visually-hidden"
          >
            {activeEvent.title}, {formatEventDates(activeEvent)}, {activeEvent.place.name}
          </div>
          <div className="map-symbol-ring" ref={ring} aria-hidden="true">
            <span className="map-symbol-tip">{activeEvent.title}</span>
          </div>
        </>
      )}
    </div>
  );
}
