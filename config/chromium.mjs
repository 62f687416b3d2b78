// Finds (and, on a Debian machine where we are root, installs) the Chromium used by browser tests.
// We never download a browser build of our own: tests run in the system's Chromium.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Places tried in order after the CHROMIUM_PATH and CHROME_PATH environment variables. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Flags for headless Chromium without a GPU: WebGL through ANGLE's SwiftShader backend, and no
 * background network traffic (the machines running CI have no internet).
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} the path of a Chromium executable, or undefined. */
export function findChromium() {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const value = process.env[name];
    if (value) {
      if (isExecutable(value)) return value;
      throw new Error(`${name} is set to "${value}", which is not an executable file.`);
    }
  }
  return CHROMIUM_CANDIDATES.find(isExecutable);
}

const HOW_TO_INSTALL = `No Chromium found for the browser tests.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium      (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at any Chromium or Chrome executable.`;

/**
 * Returns a Chromium path, installing Debian's `chromium` package first when none is found and
 * this machine has apt-get and we are root. Throws with instructions otherwise.
 * @returns {string}
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isExecutable('/usr/bin/apt-get')) {
    console.log(
      '[datacites] Chromium not found: installing Debian package "chromium" with apt-get…',
    );
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_INSTALL);
}
