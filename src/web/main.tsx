import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "./styles.css";

// A lesson opened directly (a link, a reload) fetches its page's code alongside the session check
// rather than after it, since its first paint waits on both. The route's lazy import then finds
// the module already loading.
if (window.location.pathname.startsWith("/lessons/")) void import("./lesson/lesson-page");

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
