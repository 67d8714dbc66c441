import { afterEach, describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { thawAtlasEmbeds?: boolean }).thawAtlasEmbeds;
});

/** Puts the embed code into this page as an author would, and runs its script. */
function paste(code: string): HTMLIFrameElement {
  document.body.innerHTML = code;
  const script = document.body.querySelector('script');
  // innerHTML does not run scripts; the page that pastes the code does.
  new Function(script?.textContent ?? '')();
  const iframe = document.body.querySelector('iframe');
  if (!iframe) throw new Error('no iframe');
  return iframe;
}

describe('the embed code', () => {
  it('is an iframe with its title, escaped for an attribute', () => {
    const code = embedCode(
      'https://atlas.example/embed/timeline?from=1956&to=1957',
      'A “quoted” & <b>',
      400,
    );
    expect(code).toContain(
      '<iframe src="https://atlas.example/embed/timeline?from=1956&amp;to=1957" title="A “quoted” &amp; &lt;b>"',
    );
    expect(code).toContain('height: 400px');
  });

  it('sizes its iframe to the height the embed reports, and no other', () => {
    const iframe = paste(embedCode('about:blank', 'Chart', 400));
    const post = (data: unknown, source: MessageEventSource | null) =>
      window.dispatchEvent(new MessageEvent('message', { data, source }));
    post({ type: 'thaw-atlas:height', height: 612.4 }, iframe.contentWindow);
    expect(iframe.style.height).toBe('613px');
    post({ type: 'thaw-atlas:height', height: 100 }, window);
    post({ type: 'other', height: 100 }, iframe.contentWindow);
    post({ type: 'thaw-atlas:height', height: 'tall' }, iframe.contentWindow);
    expect(iframe.style.height).toBe('613px');
  });
});
