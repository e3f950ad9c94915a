import { describe, expect, it } from "vitest";
import { quickAddTargets } from "./targets";

const projects = [{ id: "p1", name: "Home" }, { id: "p2", name: "업무" }];
const labels = [{ id: "l1", name: "phone" }, { id: "l2", name: "Errand" }];

describe("quickAddTargets", () => {
  it("finds existing projects and labels by name, whatever the case", () => {
    expect(quickAddTargets({ projectName: "home", labelNames: ["PHONE", "errand"] }, projects, labels)).toEqual({
      projectId: "p1",
      labelIds: ["l1", "l2"],
      newLabelNames: [],
    });
  });

  it("names what does not exist yet, to be created", () => {
    expect(quickAddTargets({ projectName: "정원", labelNames: ["phone", "급함"] }, projects, labels)).toEqual({
      newProjectName: "정원",
      labelIds: ["l1"],
      newLabelNames: ["급함"],
    });
  });

  it("is empty without names", () => {
    expect(quickAddTargets({ labelNames: [] }, projects, labels)).toEqual({ labelIds: [], newLabelNames: [] });
  });
});
