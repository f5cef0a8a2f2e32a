import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Public half of the signing key: it pins the extension id
 * (miemlklbipgdmoonpghjfgkagbfnaphc) for unpacked builds, so the browser tests
 * and the README can name extension pages without discovering the id first.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsTLrwRJwk4XWVn6Xq3ODh4WpV/W6bW3ftHvsKYyEHVOndx48Vpi9KamyowChG+KiU6Ush1LlK241L/NSFq/EwP81bbgb/DDl3aycX2wBh7xioKEjqTxPUYwsSuKY4O/rSF9I+XazJ/HpbyVXWOIfREBnEpd/+ijilxmmRnZvuvDuAqVpDmvOWHxGoXeBGrM95mjFUCxxOkfByQEIn9rBHUybQSDre9ecPfr2fxYj2i9ScN1ET6VyilwmzgySzbv/oady4Hbst3Ue8vUMMgcJqAdqFjjmV6V39I90DxN+ECH+WU3Pk5oFiLPWZDeoZc8w96Lo8RXgzMJ3rQ4ryoW72QIDAQAB';

/**
 * Adds `modulepreload` links to an HTML page for the code its entry loads with
 * `import()` from `modules` (paths that end the modules' ids). Vite links only
 * static imports, and the popup's entry asks its tab for the analysis before
 * importing the rest (entrypoints/popup/main.ts): without the links React is
 * fetched only once the entry has run. Measured with npm run bench:browser,
 * later popup openings render 10–17 ms sooner. The entry's other imports (zod,
 * for the checks after the first render) are left unlinked: each link is a
 * fetch the page's parser starts before it parses on.
 */
function preloadDynamicImports(page: string, modules: string[]): Plugin {
  return {
    name: 'deal-lens:preload-dynamic-imports',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { path, bundle, chunk }) {
        if (!bundle || !chunk || !path.endsWith(page)) return [];
        const files = new Set<string>();
        const visit = (file: string) => {
          if (file === chunk.fileName || chunk.imports.includes(file) || files.has(file)) return;
          files.add(file);
          const imported = bundle[file];
          if (imported?.type === 'chunk') imported.imports.forEach(visit);
        };
        const wanted = (file: string) => {
          const imported = bundle[file];
          return imported?.type === 'chunk' && modules.some((m) => imported.facadeModuleId?.endsWith(m));
        };
        chunk.dynamicImports.filter(wanted).forEach(visit);
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * Writes an HTML page's stylesheets into it as `<style>` elements. A module
 * script waits for the page's stylesheets, and an extension's files reach its
 * page through the browser process one by one: on the popup's first opening
 * its two stylesheets arrived 13–16 ms after its entry script had (Chromium
 * 156), holding up everything the popup does. Extension pages allow inline
 * styles (their default CSP restricts scripts and objects only). A stylesheet
 * no other page links is dropped from the build.
 */
function inlineStylesheets(page: string): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'deal-lens:inline-stylesheets',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, bundle }) {
        if (!bundle || !path.endsWith(page)) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return link;
          inlined.add(file);
          // `</` cannot occur in our CSS; guard anyway, since it would end the element.
          return `<style>${String(asset.source).replaceAll('</', '<\\/')}</style>`;
        });
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).flatMap((item) => (item.type === 'asset' && item.fileName.endsWith('.html') ? [String(item.source)] : []));
        for (const file of inlined) {
          if (!pages.some((html) => html.includes(`/${file}"`))) delete bundle[file];
        }
      },
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No `tabs`: nothing reads a tab's address from the tabs API (the page's own script tells it),
    // and it would add a "Read your browsing history" warning at install.
    // `offscreen` (Chromium): the document where pages are read, off their main thread (issue 18);
    // it adds no warning at install. Firefox reads them in its background page.
    permissions: manifestVersion === 2 ? ['storage', 'alarms'] : ['storage', 'alarms', 'offscreen'],
    // Dataset sync asks for the one origin the user names, at the moment they name it. MV2 has
    // no optional_host_permissions (WXT drops it there): origins go in optional_permissions, or
    // Firefox has nothing to grant and never asks.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Compute Deal Lens' },
    // The content script's heavier half, which its gate imports on likely deal coverage
    // (entrypoints/content/gate.ts). Chromium serves it only at a per-session address,
    // so pages cannot probe for it; Firefox's extension addresses are per install already.
    // The lens loads the page's own reading (entrypoints/content-fallback) the same way, only where
    // a page cannot be read in the extension's document.
    web_accessible_resources:
      manifestVersion === 2
        ? ['content-lens.js', 'content-fallback.js']
        : [{ resources: ['content-lens.js', 'content-fallback.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    commands: {
      'next-flag': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextFlag__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'compute-deal-lens@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROME_KEY }),
  }),
  vite: () => ({
    plugins: [preloadDynamicImports('/popup/index.html', ['/entrypoints/popup/mount.tsx']), inlineStylesheets('/popup/index.html')],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod 4 ships /*#__PURE__*/ annotations Rollup cannot place; they are harmless.
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
});
