// markdown-it-texmath ships no types; this covers the options Pullback uses.
declare module "markdown-it-texmath" {
  import type { PluginWithOptions } from "markdown-it";

  /** The renderer texmath calls for each formula; it sets `displayMode` per formula. */
  export interface TexmathEngine {
    renderToString(tex: string, options: { displayMode?: boolean }): string;
  }

  /** Options of the plugin: the engine and the delimiter set. */
  export interface TexmathOptions {
    engine: TexmathEngine;
    delimiters: "dollars" | "brackets" | "gitlab" | "julia" | "kramdown" | "doxygen";
  }

  const texmath: PluginWithOptions<TexmathOptions>;
  // The package's own default export, described here; Pullback's files still export by name.
  // eslint-disable-next-line no-restricted-exports
  export default texmath;
}
