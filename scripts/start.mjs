// `npm start [-- --firefox]`: build, then open a browser with Treaty Lens on the demo article.
import { spawnSync } from 'node:child_process';
import { launchDemo } from './demo-launcher.mjs';

const firefox = process.argv.includes('--firefox');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open here.',
  );
  console.error(
    `Start it in a virtual display instead: xvfb-run -a npm start${firefox ? ' -- --firefox' : ''}`,
  );
  console.error('(Debian: apt-get install xvfb.) Or run `npm test` to see it work headless.');
  process.exit(1);
}
const build = spawnSync('npm', ['run', firefox ? 'build:firefox' : 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
try {
  const demo = await launchDemo({ firefox });
  console.log(
    `Treaty Lens is running on ${demo.url} — hover an underlined name. Close the browser or press Ctrl+C to stop.`,
  );
  process.on('SIGINT', () => void demo.close().then(() => process.exit(0)));
  await demo.closed;
  await demo.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
