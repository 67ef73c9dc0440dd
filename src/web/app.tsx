import { Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { RequireSession } from "./auth/require-session";
import { SessionProvider } from "./auth/session-provider";
import { SignInPage } from "./auth/sign-in-page";
import { SignUpPage } from "./auth/sign-up-page";
import { AppLayout } from "./layout/app-layout";
import { lazyPage } from "./lazy-page";
import { NotFoundPage } from "./layout/not-found-page";
import { LoadingNote } from "./shared/loading-note";

// Sign-in and sign-up are the first page a newcomer sees and weigh about 1 kB, so they are not
// split off: a lazy chunk would cost a round trip, and while it loads the router keeps the old
// form on screen, so typing would land in the page that is about to go away.
const CourseMapPage = lazyPage(
  () => import("./course/course-map-page"),
  (m) => m.CourseMapPage,
);
const StudyPage = lazyPage(
  () => import("./study/study-page"),
  (m) => m.StudyPage,
);
const GatePage = lazyPage(
  () => import("./gate/gate-page"),
  (m) => m.GatePage,
);
const LessonPage = lazyPage(
  () => import("./lesson/lesson-page"),
  (m) => m.LessonPage,
);
const PracticePage = lazyPage(
  () => import("./practice/practice-page"),
  (m) => m.PracticePage,
);
const PlaygroundPage = lazyPage(
  () => import("./playground/playground-page"),
  (m) => m.PlaygroundPage,
);

const ProgressPage = lazyPage(
  () => import("./progress/progress-page"),
  (m) => m.ProgressPage,
);
const ClassesPage = lazyPage(
  () => import("./instructor/classes-page"),
  (m) => m.ClassesPage,
);
const ClassPage = lazyPage(
  () => import("./instructor/class-page"),
  (m) => m.ClassPage,
);

/** The whole app: the session, and the routes (every page but sign-in and sign-up needs a session). */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Suspense fallback={<LoadingNote />}>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/sign-up" element={<SignUpPage />} />
            <Route
              element={
                <RequireSession>
                  <AppLayout />
                </RequireSession>
              }
            >
              <Route index element={<CourseMapPage />} />
              <Route path="study" element={<StudyPage />} />
              <Route path="gates/:unit" element={<GatePage />} />
              <Route path="lessons/:id" element={<LessonPage />} />
              <Route path="practice/:skill" element={<PracticePage />} />
              <Route path="playground" element={<PlaygroundPage />} />
              <Route path="progress" element={<ProgressPage />} />
              <Route path="classes" element={<ClassesPage />} />
              <Route path="classes/:id" element={<ClassPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </SessionProvider>
    </BrowserRouter>
  );
}
