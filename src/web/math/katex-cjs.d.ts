// Types for KaTeX's CommonJS build, which math/katex.ts imports (see the comment there).
declare module "katex/dist/katex.js" {
  import type { renderToString } from "katex";

  const katex: { readonly renderToString: typeof renderToString };
  // The package's own default export, described here; Pullback's files still export by name.
  // eslint-disable-next-line no-restricted-exports
  export default katex;
}
