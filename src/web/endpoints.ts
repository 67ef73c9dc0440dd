import type {
  AnswerReply,
  AnswerRequest,
  ClassDetailReply,
  ClassListReply,
  ClassSummary,
  CourseReply,
  CreateClassRequest,
  Credentials,
  GateAttemptReply,
  GateNextReply,
  HintReply,
  HistoryReply,
  JoinClassReply,
  JoinClassRequest,
  LearnerStateReply,
  LessonReply,
  MeReply,
  NextStepReply,
  ProgressReply,
  PublicItemReply,
  ReviewsReply,
  SessionSummaryReply,
  StartSessionRequest,
  StudySession,
} from "../api";
import { apiRequest, type ApiResult } from "./api-client";

const segment = encodeURIComponent;

/** Every route of the HTTP API, typed by the `api` contract. */
export const api = {
  signUp: (credentials: Credentials): Promise<ApiResult<MeReply>> =>
    apiRequest("POST", "/auth/sign-up", credentials),
  signIn: (credentials: Credentials): Promise<ApiResult<MeReply>> =>
    apiRequest("POST", "/auth/sign-in", credentials),
  signOut: (): Promise<ApiResult<{ ok: true }>> => apiRequest("POST", "/auth/sign-out"),
  me: (): Promise<ApiResult<MeReply>> => apiRequest("GET", "/auth/me"),
  course: (): Promise<ApiResult<CourseReply>> => apiRequest("GET", "/course"),
  lesson: (id: string): Promise<ApiResult<LessonReply>> =>
    apiRequest("GET", `/lessons/${segment(id)}`),
  newItem: (skill: string): Promise<ApiResult<PublicItemReply>> =>
    apiRequest("POST", `/skills/${segment(skill)}/items`),
  answer: (itemId: string, request: AnswerRequest): Promise<ApiResult<AnswerReply>> =>
    apiRequest("POST", `/items/${segment(itemId)}/answer`, request),
  history: (skill: string): Promise<ApiResult<HistoryReply>> =>
    apiRequest("GET", `/skills/${segment(skill)}/history`),
  learnerState: (): Promise<ApiResult<LearnerStateReply>> => apiRequest("GET", "/learner/state"),
  startSession: (request: StartSessionRequest): Promise<ApiResult<StudySession>> =>
    apiRequest("POST", "/study-sessions", request),
  nextStep: (sessionId: string): Promise<ApiResult<NextStepReply>> =>
    apiRequest("POST", `/study-sessions/${segment(sessionId)}/next`),
  endSession: (sessionId: string): Promise<ApiResult<SessionSummaryReply>> =>
    apiRequest("POST", `/study-sessions/${segment(sessionId)}/end`),
  hints: (itemId: string): Promise<ApiResult<HintReply>> =>
    apiRequest("POST", `/items/${segment(itemId)}/hints`),
  studied: (itemId: string): Promise<ApiResult<{ ok: true }>> =>
    apiRequest("POST", `/items/${segment(itemId)}/studied`),
  startGate: (unit: number): Promise<ApiResult<GateAttemptReply>> =>
    apiRequest("POST", `/gates/${unit}/attempts`),
  gateAttempt: (attemptId: string): Promise<ApiResult<GateAttemptReply>> =>
    apiRequest("GET", `/gate-attempts/${segment(attemptId)}`),
  gateNext: (attemptId: string): Promise<ApiResult<GateNextReply>> =>
    apiRequest("POST", `/gate-attempts/${segment(attemptId)}/next`),
  reviews: (): Promise<ApiResult<ReviewsReply>> => apiRequest("GET", "/reviews"),
  progress: (): Promise<ApiResult<ProgressReply>> => apiRequest("GET", "/progress"),
  createClass: (request: CreateClassRequest): Promise<ApiResult<ClassSummary>> =>
    apiRequest("POST", "/classes", request),
  classes: (): Promise<ApiResult<ClassListReply>> => apiRequest("GET", "/classes"),
  classDetail: (classId: string): Promise<ApiResult<ClassDetailReply>> =>
    apiRequest("GET", `/classes/${segment(classId)}`),
  joinClass: (request: JoinClassRequest): Promise<ApiResult<JoinClassReply>> =>
    apiRequest("POST", "/classes/join", request),
};

/** Files the browser downloads itself (links, not fetches), under the same `/api` prefix. */
export const downloads = {
  myDataJson: "/api/export.json",
  myDataCsv: "/api/export.csv",
  classCsv: (classId: string): string => `/api/classes/${segment(classId)}/export.csv`,
};
