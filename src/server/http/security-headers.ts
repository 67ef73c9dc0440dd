import fastifyHelmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

// Scripts, fonts and fetches come only from this origin; checked against the built app in the
// browser tests (e2e/content-security.test.ts). KaTeX's HTML carries `style` attributes (the
// size and offset of every glyph) that the page inserts as markup, so inline style attributes
// are allowed; inline style runs no code. Style elements stay same-origin in browsers that know
// style-src-elem/-attr; older ones fall back to style-src. `data:` covers fonts and images the
// bundler inlines. There is no upgrade-insecure-requests: a self-hosted copy served over plain
// HTTP must keep working.
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  styleSrcElem: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  fontSrc: ["'self'", "data:"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Adds helmet's security headers (CSP, nosniff, frame and referrer policies) to every reply. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, { contentSecurityPolicy: { useDefaults: false, directives } });
}
