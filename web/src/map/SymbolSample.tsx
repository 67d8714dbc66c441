/** A map symbol in a look, drawn as the map draws it (`drawEventSymbol`), inline with text. */
import type { Category } from '@thaw/data/schema';
import { useEffect, useRef } from 'react';
import { drawEventSymbol } from './eventSymbols';
import type { SymbolLook } from './uncertainty';

const SIZE = 18;

export function SymbolSample({ category, look }: { category: Category; look: SymbolLook }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = SIZE * ratio;
    element.height = SIZE * ratio;
    context.scale(ratio, ratio);
    drawEventSymbol(context, category, SIZE / 2, SIZE / 2, SIZE * 0.7, look);
  }, [category, look]);
  return (
    <span aria-hidden="true">
      <canvas
        ref={canvas}
        className="symbol-sample"
        width={SIZE}
        height={SIZE}
        style={{ width: SIZE, height: SIZE }}
        data-look={[look.dashed && 'dashed', look.hollow && 'hollow'].filter(Boolean).join(' ')}
      />
    </span>
  );
}
