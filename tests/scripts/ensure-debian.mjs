// The browser tests drive Debian's Chromium, turn printed PDFs into images with poppler's
// pdftoppm, and read exported videos with ffmpeg's ffprobe; the decks' test converts slides to
// PDF with LibreOffice. Install what is missing when apt-get can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each program the tests run, and the Debian package that has it. */
const NEEDED = [
  { program: '/usr/bin/chromium', pkg: 'chromium' },
  { program: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
  { program: '/usr/bin/ffprobe', pkg: 'ffmpeg' },
  // The decks' test converts a .pptx to PDF with LibreOffice Impress, headless.
  { program: '/usr/bin/soffice', pkg: 'libreoffice-impress' },
];

const missing = NEEDED.filter(({ program }) => !existsSync(program));
if (missing.length > 0) {
  const packages = missing.map(({ pkg }) => pkg).join(' ');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(
    `${missing.map(({ program }) => program).join(', ')} missing: installing ${packages} with apt-get…`,
  );
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
      { stdio: 'inherit' },
    );
  } catch {
    console.error(
      `Could not install ${packages}. Install it yourself (apt-get install ${packages}).`,
    );
    process.exit(1);
  }
}
