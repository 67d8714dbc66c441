import { describe, expect, it } from 'vitest';
import { keyAction, keyTargetOf } from './storyKeys';

const press = (key: string, modified = false) => ({ key, modified });

describe('the presenter keys', () => {
  it('step forward, back, to the first and the last', () => {
    expect(keyAction(press('ArrowRight'), 'page', 2, 10)).toEqual({ step: 3 });
    expect(keyAction(press(' '), 'page', 2, 10)).toEqual({ step: 3 });
    expect(keyAction(press('PageDown'), 'page', 2, 10)).toEqual({ step: 3 });
    expect(keyAction(press('ArrowLeft'), 'page', 2, 10)).toEqual({ step: 1 });
    expect(keyAction(press('PageUp'), 'page', 2, 10)).toEqual({ step: 1 });
    expect(keyAction(press('Home'), 'page', 2, 10)).toEqual({ step: 0 });
    expect(keyAction(press('End'), 'page', 2, 10)).toEqual({ step: 9 });
    expect(keyAction(press('f'), 'page', 2, 10)).toEqual({ fullscreen: true });
  });

  it('do nothing past either end, or for a step already shown', () => {
    expect(keyAction(press('ArrowRight'), 'page', 9, 10)).toBeNull();
    expect(keyAction(press('ArrowLeft'), 'page', 0, 10)).toBeNull();
    expect(keyAction(press('Home'), 'page', 0, 10)).toBeNull();
    expect(keyAction(press('End'), 'page', 9, 10)).toBeNull();
    expect(keyAction(press('x'), 'page', 3, 10)).toBeNull();
  });

  it('leave typing, browser shortcuts, pressed controls and the panned map alone', () => {
    expect(keyAction(press('ArrowRight'), 'text', 2, 10)).toBeNull();
    expect(keyAction(press('f'), 'text', 2, 10)).toBeNull();
    expect(keyAction(press('ArrowRight', true), 'page', 2, 10)).toBeNull();
    expect(keyAction(press(' '), 'control', 2, 10)).toBeNull();
    expect(keyAction(press('ArrowRight'), 'control', 2, 10)).toEqual({ step: 3 });
    expect(keyAction(press('ArrowRight'), 'map', 2, 10)).toBeNull();
    expect(keyAction(press('PageDown'), 'map', 2, 10)).toEqual({ step: 3 });
  });

  it('tell typing from controls and the map by the focused element', () => {
    document.body.innerHTML = `
      <input id="text"><input id="box" type="checkbox"><textarea id="area"></textarea>
      <button id="button">Go</button><a id="link" href="/">x</a>
      <div class="maplibregl-canvas-container"><canvas id="map" class="maplibregl-canvas"></canvas></div>
      <p id="plain">text</p>`;
    const at = (id: string) => keyTargetOf(document.getElementById(id));
    expect(at('text')).toBe('text');
    expect(at('area')).toBe('text');
    expect(at('box')).toBe('control');
    expect(at('button')).toBe('control');
    expect(at('link')).toBe('control');
    expect(at('map')).toBe('map');
    expect(at('plain')).toBe('page');
    expect(keyTargetOf(null)).toBe('page');
  });
});
