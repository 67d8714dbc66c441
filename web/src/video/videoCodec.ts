/**
 * Which video this browser can make: MP4 with H.264 where WebCodecs encodes it (the profile and
 * level fitted to the size), WebM with VP9 otherwise, or none (then only the GIF).
 */
import { FPS } from './videoPlan';

export interface VideoCodecChoice {
  container: 'mp4' | 'webm';
  codec: 'avc' | 'vp9';
  /** The WebCodecs codec string, e.g. `avc1.64001f`. */
  codecString: string;
  bitrate: number;
}

/** H.264 levels (ITU-T H.264 table A-1): macroblocks a frame and a second. */
const AVC_LEVELS = [
  { level: 30, frame: 1_620, second: 40_500 },
  { level: 31, frame: 3_600, second: 108_000 },
  { level: 32, frame: 5_120, second: 216_000 },
  { level: 40, frame: 8_192, second: 245_760 },
  { level: 42, frame: 8_704, second: 522_240 },
  { level: 50, frame: 22_080, second: 589_824 },
  { level: 51, frame: 36_864, second: 983_040 },
] as const;

/** VP9 levels (the VP9 bitstream's annex A): luma samples a frame. */
const VP9_LEVELS = [
  { level: 30, samples: 552_960 },
  { level: 31, samples: 983_040 },
  { level: 40, samples: 2_228_224 },
  { level: 50, samples: 8_912_896 },
] as const;

const hex = (value: number) => value.toString(16).padStart(2, '0');

/** The lowest H.264 level whose limits the size at `fps` fits, as the codec string writes it. */
export function avcLevel(width: number, height: number, fps: number): string {
  const macroblocks = Math.ceil(width / 16) * Math.ceil(height / 16);
  const fitting = AVC_LEVELS.find(
    ({ frame, second }) => macroblocks <= frame && macroblocks * fps <= second,
  );
  if (!fitting) throw new Error(`${width}×${height} is larger than H.264 level 5.1 allows.`);
  return hex(fitting.level);
}

/** The lowest VP9 level whose picture size the size fits, as two digits. */
export function vp9Level(width: number, height: number): string {
  const fitting = VP9_LEVELS.find(({ samples }) => width * height <= samples);
  if (!fitting) throw new Error(`${width}×${height} is larger than VP9 level 5 allows.`);
  return String(fitting.level);
}

/** A quarter of a bit a pixel: text and borders stay sharp, a year at 720p is a few MB. */
export const videoBitrate = (width: number, height: number): number =>
  Math.round(width * height * FPS * 0.25);

/** What to try, best first: H.264 High, Main and Baseline in MP4, then VP9 in WebM. */
export function codecCandidates(width: number, height: number): VideoCodecChoice[] {
  const bitrate = videoBitrate(width, height);
  const level = avcLevel(width, height, FPS);
  const avc = ['64', '4d', '42'].map(
    (profile): VideoCodecChoice => ({
      container: 'mp4',
      codec: 'avc',
      codecString: `avc1.${profile}00${level}`,
      bitrate,
    }),
  );
  const vp9: VideoCodecChoice = {
    container: 'webm',
    codec: 'vp9',
    codecString: `vp09.00.${vp9Level(width, height)}.08`,
    bitrate,
  };
  return [...avc, vp9];
}

/** The first candidate this browser's `VideoEncoder` takes at this size, or null. */
export async function pickVideoCodec(
  width: number,
  height: number,
): Promise<VideoCodecChoice | null> {
  // WebCodecs exists only in a secure context, and not in every browser.
  if (typeof VideoEncoder === 'undefined') return null;
  for (const choice of codecCandidates(width, height)) {
    const { supported } = await VideoEncoder.isConfigSupported({
      codec: choice.codecString,
      width,
      height,
      bitrate: choice.bitrate,
      framerate: FPS,
    }).catch(() => ({ supported: false }));
    if (supported) return choice;
  }
  return null;
}
