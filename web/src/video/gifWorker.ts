/**
 * The GIF's encoder, in a worker of its own: quantizing a frame to its palette takes about
 * 100 ms at 1280×720 and more at 1920×1080, longer than the page should stall. Frames arrive
 * in order and are written in order, so the same frames make the same bytes.
 */
import { applyPalette, GIFEncoder, quantize } from 'gifenc';

export type GifRequest =
  | { type: 'frame'; rgba: Uint8ClampedArray; width: number; height: number; delay: number }
  | { type: 'finish' };

export type GifReply = { type: 'frame' } | { type: 'bytes'; bytes: Uint8Array<ArrayBuffer> };

// The web app's types are the page's (DOM): this is what a dedicated worker's scope offers.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<GifRequest>) => void) | null;
  postMessage(message: GifReply, transfer?: Transferable[]): void;
};

const gif = GIFEncoder();
scope.onmessage = ({ data }) => {
  if (data.type === 'frame') {
    const palette = quantize(data.rgba, 256);
    gif.writeFrame(applyPalette(data.rgba, palette), data.width, data.height, {
      palette,
      delay: data.delay,
    });
    scope.postMessage({ type: 'frame' });
    return;
  }
  gif.finish();
  const bytes = gif.bytes();
  scope.postMessage({ type: 'bytes', bytes }, [bytes.buffer]);
};
