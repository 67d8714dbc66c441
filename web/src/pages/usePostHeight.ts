import { type RefObject, useEffect } from 'react';

/**
 * Tells the page that frames this one its height, whenever it changes: the message that the
 * resizer of embed codes (`public/embed.js`) sizes the iframe by.
 */
export function usePostHeight(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window) return;
    let posted = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === posted) return;
      posted = height;
      window.parent.postMessage({ type: 'thaw-atlas:height', height }, '*');
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);
}
