// The KaTeX faces that nearly every lesson formula uses. The browser fetches a font only once
// text in it is laid out, and a lesson's text appears in the fallback metrics, then shifts when
// they arrive; asking for them while the lesson itself is still being fetched avoids that.
const FACES = ["1em KaTeX_Main", "italic 1em KaTeX_Math", "1em KaTeX_AMS"];

/** Starts fetching the common KaTeX fonts now, instead of at the first formula on screen. */
export function loadMathFonts(): void {
  for (const face of FACES) {
    // A font that fails to load leaves KaTeX's fallback in place: nothing to report.
    document.fonts.load(face).catch(() => undefined);
  }
}
