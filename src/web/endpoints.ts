import type {
  AnswerReply,
  AnswerRequest,
  CourseReply,
  Credentials,
  HistoryReply,
  LessonReply,
  MeReply,
  PublicItemReply,
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
};
