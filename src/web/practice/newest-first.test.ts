import { describe, expect, it } from "vitest";
import { newestFirst } from "./newest-first";

describe("newestFirst", () => {
  it("orders attempts from the most recent to the oldest", () => {
    const at = (itemId: string, answeredAt: string) => ({ itemId, correct: true, answeredAt });
    const attempts = [
      at("b", "2025-03-02T09:00:00Z"),
      at("c", "2025-03-02T10:30:00+01:00"),
      at("a", "2025-03-01T23:00:00Z"),
      at("d", "2025-03-03T08:00:00Z"),
    ];
    expect(newestFirst(attempts).map((a) => a.itemId)).toEqual(["d", "c", "b", "a"]);
  });
});
