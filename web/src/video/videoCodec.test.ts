import { describe, expect, it } from 'vitest';
import { avcLevel, codecCandidates, vp9Level } from './videoCodec';
import { FPS } from './videoPlan';

describe('video codecs', () => {
  it('fits the H.264 level and the VP9 level to each size', () => {
    expect(avcLevel(1280, 720, FPS)).toBe('1f');
    expect(avcLevel(1080, 1080, FPS)).toBe('20');
    expect(avcLevel(1920, 1080, FPS)).toBe('28');
    expect(() => avcLevel(8192, 8192, FPS)).toThrow('level 5.1');
    expect(vp9Level(1280, 720)).toBe('31');
    expect(vp9Level(1920, 1080)).toBe('40');
  });

  it('tries H.264 High, Main and Baseline in MP4 before VP9 in WebM', () => {
    expect(
      codecCandidates(1920, 1080).map((each) => `${each.container} ${each.codecString}`),
    ).toEqual(['mp4 avc1.640028', 'mp4 avc1.4d0028', 'mp4 avc1.420028', 'webm vp09.00.40.08']);
  });
});
