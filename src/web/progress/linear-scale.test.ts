import { describe, expect, it } from "vitest";
import { linearScale } from "./linear-scale";

describe("linearScale", () => {
  it.each([
    { domain: [0, 1], range: [10, 110], value: 0.25, screen: 35 },
    { domain: [0, 1], range: [100, 0], value: 0.25, screen: 75 },
    { domain: [10, 20], range: [0, 50], value: 20, screen: 50 },
    { domain: [5, 5], range: [0, 80], value: 5, screen: 40 },
  ] as const)(
    "maps $value in $domain onto $range as $screen",
    ({ domain, range, value, screen }) => {
      expect(linearScale(domain, range)(value)).toBeCloseTo(screen);
    },
  );
});
