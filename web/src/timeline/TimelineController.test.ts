import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ChangeCause, TimelineController } from './TimelineController';

function controllerAt(value: number, stepMs = 600) {
  const changes: [number, ChangeCause][] = [];
  const controller = new TimelineController({
    min: 0,
    max: 191,
    value,
    stepMs,
    onChange: (month, cause) => changes.push([month, cause]),
  });
  return { controller, changes };
}

describe('TimelineController', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps and stays within its bounds', () => {
    const { controller, changes } = controllerAt(1);
    controller.step(-1);
    controller.step(-1);
    expect(controller.value).toBe(0);
    controller.setValue(500);
    expect(controller.value).toBe(191);
    controller.step(1);
    expect(changes).toEqual([
      [0, 'step'],
      [191, 'jump'],
    ]);
  });

  it('does not report a value it was told about (sync)', () => {
    const { controller, changes } = controllerAt(10);
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.sync(45);
    expect(controller.value).toBe(45);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(changes).toEqual([]);
  });

  it('plays one month per step at the chosen speed, and pauses', () => {
    const { controller, changes } = controllerAt(45);
    controller.play();
    expect(controller.playing).toBe(true);
    vi.advanceTimersByTime(599);
    expect(controller.value).toBe(45);
    vi.advanceTimersByTime(1);
    expect(controller.value).toBe(46);
    controller.setSpeed(2);
    vi.advanceTimersByTime(300);
    expect(controller.value).toBe(47);
    controller.setSpeed(0.5);
    vi.advanceTimersByTime(1199);
    expect(controller.value).toBe(47);
    vi.advanceTimersByTime(1);
    expect(controller.value).toBe(48);
    controller.pause();
    vi.advanceTimersByTime(10_000);
    expect(controller.value).toBe(48);
    expect(changes.every(([, cause]) => cause === 'play')).toBe(true);
  });

  it('stops at the end, and plays again from the start', () => {
    const { controller } = controllerAt(190);
    controller.play();
    vi.advanceTimersByTime(600);
    expect(controller.value).toBe(191);
    expect(controller.playing).toBe(false);
    vi.advanceTimersByTime(6000);
    expect(controller.value).toBe(191);
    controller.play();
    expect(controller.value).toBe(0);
    expect(controller.playing).toBe(true);
    controller.destroy();
  });

  it('maps the keys of an ARIA slider', () => {
    const { controller, changes } = controllerAt(45);
    expect(controller.handleKey('ArrowRight')).toBe(true);
    expect(controller.value).toBe(46);
    controller.handleKey('ArrowLeft');
    controller.handleKey('ArrowLeft');
    expect(controller.value).toBe(44);
    controller.handleKey('PageUp');
    expect(controller.value).toBe(56);
    controller.handleKey('PageDown');
    expect(controller.value).toBe(44);
    controller.handleKey('End');
    expect(controller.value).toBe(191);
    controller.handleKey('Home');
    expect(controller.value).toBe(0);
    expect(controller.handleKey(' ')).toBe(true);
    expect(controller.playing).toBe(true);
    controller.handleKey(' ');
    expect(controller.playing).toBe(false);
    expect(controller.handleKey('a')).toBe(false);
    expect(changes.map(([, cause]) => cause)).toEqual([
      'scrub',
      'scrub',
      'scrub',
      'step',
      'step',
      'jump',
      'jump',
    ]);
  });

  it('pauses when the reader takes the slider', () => {
    const { controller } = controllerAt(45);
    controller.play();
    controller.handleKey('ArrowRight');
    expect(controller.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(controller.value).toBe(46);
  });
});
