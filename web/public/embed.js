/* Thaw Atlas embeds: each chart in an iframe tells this page its height, and its iframe takes it. */
(() => {
  if (window.thawAtlasEmbeds) return;
  window.thawAtlasEmbeds = true;
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message?.type !== 'thaw-atlas:height' || !(message.height > 0)) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(Math.min(message.height, 5000))}px`;
      }
    }
  });
})();
