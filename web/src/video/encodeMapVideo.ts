/**
 * A video of the map, rendered frame by frame rather than recorded: each shot's map is drawn
 * (by the caller, off screen), composed with its title, legend and source line onto a canvas of
 * the output's size, and encoded, frame i at i / FPS seconds, so the same shots make the same
 * frames. MP4 (H.264) or WebM (VP9) through WebCodecs and Mediabunny, or a GIF through gifenc
 * in a worker (`gifWorker.ts`).
 */
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  type OutputFormat,
  WebMOutputFormat,
} from 'mediabunny';
import { drawMapImage, loadMapImageFonts, type MapImageLayout } from '../map/mapImage';
import type { GifReply, GifRequest } from './gifWorker';
import type { VideoCodecChoice } from './videoCodec';
import { FPS, frameCount, type Shot } from './videoPlan';

export type VideoOutput = { kind: 'video'; codec: VideoCodecChoice } | { kind: 'gif' };

export interface EncodeRequest {
  shots: readonly Shot[];
  layout: MapImageLayout;
  /** Under every frame: the release, its licence and where the view is. */
  sourceLine: string;
  output: VideoOutput;
  /** The map of a shot, drawn completely. */
  drawMap(shot: Shot): Promise<CanvasImageSource>;
  /** Frames of the output done so far, of all of them. */
  onProgress(done: number, total: number): void;
  signal: AbortSignal;
}

export const MIME = { mp4: 'video/mp4', webm: 'video/webm', gif: 'image/gif' } as const;

export async function encodeMapVideo(request: EncodeRequest): Promise<Blob> {
  await loadMapImageFonts();
  const { layout } = request;
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  // The GIF reads every frame's pixels back.
  const context = canvas.getContext('2d', { willReadFrequently: request.output.kind === 'gif' });
  if (!context) throw new Error('This browser cannot draw the frames.');
  const compose = async (shot: Shot) => {
    const map = await request.drawMap(shot);
    request.signal.throwIfAborted();
    drawMapImage(context, layout, map, {
      title: shot.title,
      subtitle: shot.subtitle,
      caption: shot.caption,
      categories: shot.view.categories,
      sourceLine: request.sourceLine,
    });
  };
  return request.output.kind === 'gif'
    ? encodeGif(request, context, compose)
    : encodeWithWebCodecs(request, request.output.codec, canvas, compose);
}

async function encodeWithWebCodecs(
  request: EncodeRequest,
  codec: VideoCodecChoice,
  canvas: HTMLCanvasElement,
  compose: (shot: Shot) => Promise<void>,
): Promise<Blob> {
  const target = new BufferTarget();
  const format: OutputFormat =
    codec.container === 'mp4'
      ? new Mp4OutputFormat({ fastStart: 'in-memory' })
      : new WebMOutputFormat();
  const output = new Output({ format, target });
  const source = new CanvasSource(canvas, {
    codec: codec.codec,
    fullCodecString: codec.codecString,
    bitrate: codec.bitrate,
    keyFrameInterval: 2,
    latencyMode: 'quality',
  });
  output.addVideoTrack(source, { frameRate: FPS });
  const total = frameCount(request.shots);
  try {
    await output.start();
    let frame = 0;
    for (const shot of request.shots) {
      await compose(shot);
      for (let held = 0; held < shot.frames; held++) {
        request.signal.throwIfAborted();
        await source.add(frame / FPS, 1 / FPS);
        frame++;
        request.onProgress(frame, total);
      }
    }
    source.close();
    await output.finalize();
  } catch (error) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    throw error;
  }
  if (!target.buffer) throw new Error('The video came out empty.');
  return new Blob([target.buffer], { type: MIME[codec.container] });
}

async function encodeGif(
  request: EncodeRequest,
  context: CanvasRenderingContext2D,
  compose: (shot: Shot) => Promise<void>,
): Promise<Blob> {
  const { width, height } = request.layout;
  const worker = new Worker(new URL('./gifWorker.ts', import.meta.url), { type: 'module' });
  const replies: ((reply: GifReply) => void)[] = [];
  let failure: Error | null = null;
  worker.onmessage = ({ data }: MessageEvent<GifReply>) => replies.shift()?.(data);
  worker.onerror = (event) => {
    failure = new Error(event.message || 'The GIF encoder stopped.');
    for (const reply of replies.splice(0)) reply({ type: 'frame' });
  };
  const send = (message: GifRequest, transfer: Transferable[] = []) =>
    new Promise<GifReply>((resolve) => {
      replies.push(resolve);
      worker.postMessage(message, transfer);
    });
  const total = frameCount(request.shots);
  try {
    let done = 0;
    /** The frame the worker is encoding while the next month is drawn. */
    let encoding: Promise<unknown> = Promise.resolve();
    // A GIF frame may last as long as it likes: one per shot, held for the shot's frames.
    for (const shot of request.shots) {
      await compose(shot);
      const { data } = context.getImageData(0, 0, width, height);
      await encoding;
      if (failure) throw failure;
      if (done > 0) request.onProgress(done, total);
      request.signal.throwIfAborted();
      const delay = Math.round((shot.frames * 1000) / FPS);
      encoding = send({ type: 'frame', rgba: data, width, height, delay }, [data.buffer]);
      done += shot.frames;
    }
    await encoding;
    if (failure) throw failure;
    request.onProgress(done, total);
    const reply = await send({ type: 'finish' });
    if (failure) throw failure;
    if (reply.type !== 'bytes') throw new Error('The GIF encoder gave no file.');
    return new Blob([reply.bytes], { type: MIME.gif });
  } finally {
    worker.terminate();
  }
}
