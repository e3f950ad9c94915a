import { describe, it } from "vitest";
import { expectRow, type Row } from "./test-table";

// "Now" is Sunday 6 December 2026, 10:00 in Asia/Seoul (test-table.ts).
// 2026-12-04 Fri · 05 Sat · 06 Sun (today) · 07 Mon · 08 Tue · 09 Wed · 10 Thu · 11 Fri · 12 Sat.
const english: Row[] = [
  // The example, and the names and priority alone.
  ["tomorrow 3pm call mom p1 #home @phone", { contents: "call mom", dueOn: "2026-12-07", dueTime: "15:00", priority: 1, project: "Home", labels: ["phone"], parts: ["date:tomorrow", "time:3pm", "priority:p1", "project:#home", "label:@phone"] }],
  ["call mom", { contents: "call mom", parts: [] }],
  ["P2 Call bank", { contents: "Call bank", priority: 2, parts: ["priority:P2"] }],
  ["mp3 player p4", { contents: "mp3 player", priority: 4, parts: ["priority:p4"] }],
  ["#Home Renovation buy paint", { contents: "buy paint", project: "Home Renovation", parts: ["project:#Home Renovation"] }],
  ["#home, buy paint", { contents: "buy paint", project: "Home", parts: ["project:#home"] }],
  ["#garden plant tulips @outside @phone @Phone", { contents: "plant tulips", project: "garden", labels: ["outside", "phone"] }],
  ["#home #work tidy desk", { contents: "#work tidy desk", project: "Home", parts: ["project:#home"] }],
  ["p1 #home", { contents: "", priority: 1, project: "Home" }],

  // Must not be read: numbers, words that look like dates, "p1" inside words.
  ["p1 report on 3 cases", { contents: "report on 3 cases", priority: 1, parts: ["priority:p1"] }],
  ["call 3 people", { contents: "call 3 people", parts: [] }],
  ["buy 2 apples", { contents: "buy 2 apples", parts: [] }],
  ["version 2.0 release notes", { contents: "version 2.0 release notes", parts: [] }],
  ["Room 101 cleanup", { contents: "Room 101 cleanup", parts: [] }],
  ["read chapter 12 and 13", { contents: "read chapter 12 and 13", parts: [] }],
  ["fix p12 valve", { contents: "fix p12 valve", parts: [] }],
  ["p1.2 spec review", { contents: "p1.2 spec review", parts: [] }],
  ["sp1 rollout", { contents: "sp1 rollout", parts: [] }],
  ["email a@b.com about #42", { contents: "email a@b.com about #42", parts: [] }],
  ["sun tan lotion", { contents: "sun tan lotion", parts: [] }],
  ["march forward plan", { contents: "march forward plan", parts: [] }],
  ["24/7 support rota", { contents: "24/7 support rota", parts: [] }],
  ["do it now", { contents: "do it now", parts: [] }],
  ["night shift notes", { contents: "night shift notes", parts: [] }],
  ["2 weeks of groceries", { contents: "2 weeks of groceries", parts: [] }],

  // Days.
  ["today pay rent", { contents: "pay rent", dueOn: "2026-12-06", parts: ["date:today"] }],
  ["pay rent today", { contents: "pay rent", dueOn: "2026-12-06", parts: ["date:today"] }],
  ["tomorrow", { contents: "tomorrow", dueOn: "2026-12-07", parts: ["date:tomorrow"] }],
  ["log yesterday run", { contents: "log run", dueOn: "2026-12-05", parts: ["date:yesterday"] }],
  ["dentist on friday", { contents: "dentist", dueOn: "2026-12-11", parts: ["date:on friday"] }],
  ["pay rent by friday", { contents: "pay rent", dueOn: "2026-12-11", parts: ["date:by friday"] }],
  ["Sunday brunch", { contents: "brunch", dueOn: "2026-12-06", parts: ["date:Sunday"] }],
  ["Sat market", { contents: "market", dueOn: "2026-12-12", parts: ["date:Sat"] }],
  ["this friday review", { contents: "review", dueOn: "2026-12-11", parts: ["date:this friday"] }],
  ["next monday standup", { contents: "standup", dueOn: "2026-12-07", parts: ["date:next monday"] }],
  ["last friday notes", { contents: "notes", dueOn: "2026-12-04", parts: ["date:last friday"] }],
  ["next week plan trip", { contents: "plan trip", dueOn: "2026-12-13", parts: ["date:next week"] }],
  ["in 2 days renew visa", { contents: "renew visa", dueOn: "2026-12-08", parts: ["date:in 2 days"] }],
  ["in 2 weeks checkup", { contents: "checkup", dueOn: "2026-12-20", parts: ["date:in 2 weeks"] }],
  ["tonight watch a movie", { contents: "watch a movie", dueOn: "2026-12-06", parts: ["date:tonight"] }],
  ["tomorrow morning run", { contents: "run", dueOn: "2026-12-07", parts: ["date:tomorrow morning"] }],
  ["buy milk, tomorrow", { contents: "buy milk", dueOn: "2026-12-07", parts: ["date:tomorrow"] }],

  // Dates.
  ["Dec 24 party", { contents: "party", dueOn: "2026-12-24", parts: ["date:Dec 24"] }],
  ["party on December 24th", { contents: "party", dueOn: "2026-12-24", parts: ["date:on December 24th"] }],
  ["Dec 5 reunion", { contents: "reunion", dueOn: "2027-12-05", parts: ["date:Dec 5"] }],
  ["12/24 gifts", { contents: "gifts", dueOn: "2026-12-24", parts: ["date:12/24"] }],
  ["1/3 trip", { contents: "trip", dueOn: "2027-01-03", parts: ["date:1/3"] }],
  ["trip 2027-01-03", { contents: "trip", dueOn: "2027-01-03", parts: ["date:2027-01-03"] }],

  // Times.
  ["3pm call", { contents: "call", dueOn: "2026-12-06", dueTime: "15:00", parts: ["time:3pm"] }],
  ["9am gym", { contents: "gym", dueOn: "2026-12-07", dueTime: "09:00", parts: ["time:9am"] }],
  ["call at 10:30", { contents: "call", dueOn: "2026-12-06", dueTime: "10:30", parts: ["time:at 10:30"] }],
  ["standup at 9:30", { contents: "standup", dueOn: "2026-12-07", dueTime: "09:30", parts: ["time:at 9:30"] }],
  ["call Ann at 3", { contents: "call Ann", dueOn: "2026-12-06", dueTime: "15:00", parts: ["time:at 3"] }],
  ["bake bread 05:30", { contents: "bake bread", dueOn: "2026-12-07", dueTime: "05:30", parts: ["time:05:30"] }],
  ["noon lunch with Ann", { contents: "lunch with Ann", dueOn: "2026-12-06", dueTime: "12:00", parts: ["time:noon"] }],
  ["midnight deploy", { contents: "deploy", dueOn: "2026-12-07", dueTime: "00:00", parts: ["time:midnight"] }],
  ["in 3 hours check the oven", { contents: "check the oven", dueOn: "2026-12-06", dueTime: "13:00", parts: ["time:in 3 hours"] }],
  ["in a month renew the lease", { contents: "renew the lease", dueOn: "2027-01-06", parts: ["date:in a month"] }],

  // Dates with times.
  ["call mom tomorrow 3pm", { contents: "call mom", dueOn: "2026-12-07", dueTime: "15:00", parts: ["date:tomorrow", "time:3pm"] }],
  ["tomorrow at noon lunch", { contents: "lunch", dueOn: "2026-12-07", dueTime: "12:00", parts: ["date:tomorrow", "time:at noon"] }],
  ["friday 5pm drinks", { contents: "drinks", dueOn: "2026-12-11", dueTime: "17:00", parts: ["date:friday", "time:5pm"] }],
  ["submit report by Dec 24 5pm", { contents: "submit report", dueOn: "2026-12-24", dueTime: "17:00", parts: ["date:by Dec 24", "time:5pm"] }],
  ["tomorrow #home 4:15pm fix the tap p3", { contents: "fix the tap", dueOn: "2026-12-07", dueTime: "16:15", priority: 3, project: "Home", parts: ["date:tomorrow", "project:#home", "time:4:15pm", "priority:p3"] }],
  ["tomorrow review the notes at 2pm", { contents: "review the notes", dueOn: "2026-12-07", dueTime: "14:00", parts: ["date:tomorrow", "time:at 2pm"] }],
  ["내일 call the bank", { contents: "call the bank", dueOn: "2026-12-07", parts: ["date:내일"] }],
];

describe("parseQuickAdd: English, Sunday 2026-12-06 10:00 in Seoul", () => {
  it.each(english)("%s", (text, expected) => {
    expectRow(text, expected, { locale: "en" });
  });
});
