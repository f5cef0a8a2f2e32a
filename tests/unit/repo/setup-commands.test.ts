import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const SCRIPT = '.ci/install-system-packages';

/** The README's first shell command: the one a newcomer copies. */
function firstReadmeCommand(): string {
  const block = /```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
  return block.split('\n').find((line) => line.trim() && !line.trim().startsWith('#')) ?? '';
}

/**
 * The README's set-up command and CI install the same system packages, from
 * one script: the two had drifted apart (the README lacked chromium-l10n), and
 * the README's command began with sudo, which root containers do not have.
 */
describe('set-up commands', () => {
  it("the README's first command installs through the shared script, without sudo, then builds the demo", () => {
    const command = firstReadmeCommand();
    expect(command.startsWith('sudo')).toBe(false);
    expect(command).toMatch(new RegExp(`^bash ${SCRIPT.replace('.', '\\.')} && npm install && npm run demo$`));
  });

  it('CI calls the same script and names no package of its own', () => {
    const ci = read('.ci/run');
    expect(ci).toContain(`bash ${SCRIPT}`);
    expect(ci).not.toMatch(/apt-get|apt install/);
  });

  it('the script installs every package the browser tests and the demo need, as root or through sudo', () => {
    const script = read(SCRIPT);
    for (const pkg of ['chromium', 'chromium-l10n', 'firefox-esr', 'fonts-noto-cjk']) expect(script).toMatch(new RegExp(`missing\\+=\\(${pkg}\\)`));
    expect(script).toMatch(/id -u\)" -ne 0/);
    expect(script).toMatch(/sudo -n/);
  });

  it('a missing browser or translation is reported with the script to run', () => {
    for (const harness of ['tests/e2e/harness/browser.ts', 'tests/e2e/harness/firefox.ts']) {
      const source = read(harness);
      expect(source, harness).not.toMatch(/apt-get/);
      expect(source, harness).toContain(`run bash ${SCRIPT}`);
    }
  });
});
