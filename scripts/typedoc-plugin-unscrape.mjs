// A local typedoc plugin for unscrape's docs site:
// - the API reference in categories by source folder (src/ledger -> "Edit ledger", ...);
// - guides (docs/guides/*.md) appear in the order their front matter gives (`order: 3`); a guide without
//   an order (e.g. one another part of the project adds) comes after them (before Benchmarks), by name,
//   joins the Guides group, and is titled by its first heading;
// - a "Playground" link on top of the sidebar of every page, and `[text](playground:)` in a guide links
//   to the playground, both relative so the site works from any folder;
// - after rendering, the playground (docs/playground + the browser bundle) is copied into the site.
import { join } from 'node:path';
import { CommentTag, Converter, JSX, PageEvent, RendererEvent } from 'typedoc';
import { buildPlayground } from './build-playground.mjs';

const PLAYGROUND = 'playground/index.html';

/**
 * The API reference is organised by the folder an export lives in, so the site mirrors the data flow of
 * src/ (an export with its own `@category` keeps it). A folder not listed gets its capitalised name.
 */
const AREAS = {
  pipeline: 'Pipeline', model: 'Document model', ledger: 'Edit ledger', parse: 'Parsing', repair: 'Repairs',
  extract: 'Fields: title, byline, date', detect: 'Noise detectors', html: 'HTML input', variants: 'Spelling variants',
  emit: 'Output', dedup: 'Dedup', data: 'Data', cli: 'CLI', '': 'Errors and basics',
};

/** @param {string | undefined} path - a source path inside the package, e.g. `src/ledger/apply-edits.ts` */
export function areaOf(path) {
  const m = /(?:^|\/)src\/(?:([^/]+)\/)?(?:[^/]+\/)*[^/]+$/.exec(path ?? '');
  if (!m) return undefined;
  const folder = m[1] ?? '';
  return AREAS[folder] ?? folder.charAt(0).toUpperCase() + folder.slice(1);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    // Guides without an order sit after the numbered ones and before Benchmarks (order 90).
    const rank = (d) => (typeof d.frontmatter?.order === 'number' ? d.frontmatter.order : 50);
    const byOrder = (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name);
    for (const refl of project.children ?? []) {
      const comment = refl.comment ?? refl.signatures?.find((sig) => sig.comment)?.comment;
      if (!comment || comment.blockTags.some((t) => t.tag === '@category')) continue; // undocumented: left for validation to report
      const area = areaOf(project.getSymbolIdFromReflection(refl)?.packagePath);
      if (area) comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: area }]));
    }
    for (const doc of project.documents ?? []) {
      doc.frontmatter.group ??= 'Guides';
      doc.frontmatter.category ??= 'Guides';
      // A guide without a `title` in its front matter is named by its first heading, not its file name.
      if (typeof doc.frontmatter.title !== 'string') {
        const heading = /^#\s+(.+)$/m.exec(doc.content.map((part) => part.text).join(''));
        if (heading) doc.name = heading[1].trim();
      }
    }
    project.documents?.sort(byOrder);
    if (project.childrenIncludingDocuments) {
      const docs = project.childrenIncludingDocuments.filter((c) => c.isDocument()).sort(byOrder);
      let k = 0;
      project.childrenIncludingDocuments = project.childrenIncludingDocuments.map((c) => (c.isDocument() ? docs[k++] : c));
    }
  });

  app.renderer.hooks.on('sidebar.begin', (context) =>
    JSX.createElement('a', { href: context.relativeURL(PLAYGROUND), class: 'unscrape-playground-link', id: 'playground-link' },
      'Playground: try unscrape in your browser ▸'));

  app.renderer.hooks.on('head.end', () =>
    JSX.createElement('style', null, JSX.createElement(JSX.Raw, {
      html: '.unscrape-playground-link{display:block;margin:0 0 1rem;padding:.4rem .6rem;border-radius:4px;' +
        'background:var(--color-accent);color:var(--color-text);font-weight:600;text-decoration:none}',
    })));

  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    const depth = page.url.split('/').length - 1;
    page.contents = page.contents.replaceAll('href="playground:"', `href="${'../'.repeat(depth)}${PLAYGROUND}"`);
  });

  app.renderer.on(RendererEvent.END, (event) => {
    const out = buildPlayground(join(event.outputDirectory, 'playground'));
    app.logger.info(`playground copied to ${out}`);
  });
}
