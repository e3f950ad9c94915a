import { describe, it } from "vitest";
import { expectRow, type Row } from "./test-table";

// "Now" is Sunday 6 December 2026, 10:00 in Asia/Seoul (test-table.ts). Korean calendars start
// the week on Sunday (the app's default for ko), so this week is 6–12 December, next week 13–19.
// 2026-12-04 Fri · 05 Sat · 06 Sun (today) · 07 Mon · 08 Tue · 09 Wed · 10 Thu · 11 Fri · 12 Sat · 14 Mon.
const korean: Row[] = [
  // The example, and the names and priority.
  ["내일 오후 3시 보고서 제출 p1 #업무", { contents: "보고서 제출", dueOn: "2026-12-07", dueTime: "15:00", priority: 1, project: "업무", parts: ["date:내일", "time:오후 3시", "priority:p1", "project:#업무"] }],
  ["보고서 p2 #업무 @전화", { contents: "보고서", priority: 2, project: "업무", labels: ["전화"], parts: ["priority:p2", "project:#업무", "label:@전화"] }],
  ["우선순위 1 견적서 검토", { contents: "견적서 검토", priority: 1, parts: ["priority:우선순위 1"] }],
  ["#새프로젝트 기획안 @급함", { contents: "기획안", project: "새프로젝트", labels: ["급함"], parts: ["project:#새프로젝트", "label:@급함"] }],
  ["내일", { contents: "내일", dueOn: "2026-12-07", parts: ["date:내일"] }],
  ["내일 #업무", { contents: "내일", dueOn: "2026-12-07", project: "업무", parts: ["date:내일", "project:#업무"] }],

  // Must not be read: numbers with counters, durations, words that start like dates.
  ["3개 구매", { contents: "3개 구매", parts: [] }],
  ["2명 초대", { contents: "2명 초대", parts: [] }],
  ["1차 회의록", { contents: "1차 회의록", parts: [] }],
  ["2층 회의실 예약", { contents: "2층 회의실 예약", parts: [] }],
  ["3시간 회의 준비", { contents: "3시간 회의 준비", parts: [] }],
  ["5일 동안 운동", { contents: "5일 동안 운동", parts: [] }],
  ["오늘날의 역사 읽기", { contents: "오늘날의 역사 읽기", parts: [] }],
  ["마감 3일 전 알림 설정", { contents: "마감 3일 전 알림 설정", parts: [] }],
  ["돈 낼 사람 정하기", { contents: "돈 낼 사람 정하기", parts: [] }],
  ["보고서p1 수정", { contents: "보고서p1 수정", parts: [] }],

  // Days.
  ["오늘 장보기", { contents: "장보기", dueOn: "2026-12-06", parts: ["date:오늘"] }],
  ["장보기 오늘까지", { contents: "장보기", dueOn: "2026-12-06", parts: ["date:오늘까지"] }],
  ["내일 치과", { contents: "치과", dueOn: "2026-12-07", parts: ["date:내일"] }],
  ["모레 출장", { contents: "출장", dueOn: "2026-12-08", parts: ["date:모레"] }],
  ["내일모레 발표", { contents: "발표", dueOn: "2026-12-08", parts: ["date:내일모레"] }],
  ["글피 이사", { contents: "이사", dueOn: "2026-12-09", parts: ["date:글피"] }],
  ["어제 회의록 정리", { contents: "회의록 정리", dueOn: "2026-12-05", parts: ["date:어제"] }],
  ["그저께 영수증 정리", { contents: "영수증 정리", dueOn: "2026-12-04", parts: ["date:그저께"] }],

  // Weekdays and weeks.
  ["이번 주 금요일 보고서", { contents: "보고서", dueOn: "2026-12-11", parts: ["date:이번 주 금요일"] }],
  ["다음 주 월요일 회의", { contents: "회의", dueOn: "2026-12-14", parts: ["date:다음 주 월요일"] }],
  ["다음주 월요일 회의", { contents: "회의", dueOn: "2026-12-14", parts: ["date:다음주 월요일"] }],
  ["다음주월요일 회의", { contents: "회의", dueOn: "2026-12-14", parts: ["date:다음주월요일"] }],
  ["지난주 금요일 회고", { contents: "회고", dueOn: "2026-12-04", parts: ["date:지난주 금요일"] }],
  ["월요일 회의", { contents: "회의", dueOn: "2026-12-07", parts: ["date:월요일"] }],
  ["일요일 대청소", { contents: "대청소", dueOn: "2026-12-06", parts: ["date:일요일"] }],
  ["금요일까지 제출", { contents: "제출", dueOn: "2026-12-11", parts: ["date:금요일까지"] }],
  ["이번 주말 캠핑", { contents: "캠핑", dueOn: "2026-12-12", parts: ["date:이번 주말"] }],
  ["다음 주 보고", { contents: "보고", dueOn: "2026-12-14", parts: ["date:다음 주"] }],

  // Dates.
  ["12월 24일 파티", { contents: "파티", dueOn: "2026-12-24", parts: ["date:12월 24일"] }],
  ["12월24일에 파티", { contents: "파티", dueOn: "2026-12-24", parts: ["date:12월24일에"] }],
  ["12월 5일 동창회", { contents: "동창회", dueOn: "2027-12-05", parts: ["date:12월 5일"] }],
  ["12/24 선물 사기", { contents: "선물 사기", dueOn: "2026-12-24", parts: ["date:12/24"] }],
  ["2027년 1월 3일 여행", { contents: "여행", dueOn: "2027-01-03", parts: ["date:2027년 1월 3일"] }],
  ["내년 3월 1일 등산", { contents: "등산", dueOn: "2027-03-01", parts: ["date:내년 3월 1일"] }],
  ["2월 29일 윤일 파티", { contents: "윤일 파티", dueOn: "2028-02-29", parts: ["date:2월 29일"] }],
  ["2월 30일 약속", { contents: "2월 30일 약속", parts: [] }],
  ["다음 달 5일 월세", { contents: "월세", dueOn: "2027-01-05", parts: ["date:다음 달 5일"] }],
  ["다음달 15일 카드값", { contents: "카드값", dueOn: "2027-01-15", parts: ["date:다음달 15일"] }],
  ["3일 후 치과", { contents: "치과", dueOn: "2026-12-09", parts: ["date:3일 후"] }],
  ["3일 뒤에 연락", { contents: "연락", dueOn: "2026-12-09", parts: ["date:3일 뒤에"] }],
  ["2주 후 검진", { contents: "검진", dueOn: "2026-12-20", parts: ["date:2주 후"] }],
  ["한 달 후 점검", { contents: "점검", dueOn: "2027-01-06", parts: ["date:한 달 후"] }],
  ["이틀 뒤 반납", { contents: "반납", dueOn: "2026-12-08", parts: ["date:이틀 뒤"] }],

  // Times.
  ["오후 3시 미팅", { contents: "미팅", dueOn: "2026-12-06", dueTime: "15:00", parts: ["time:오후 3시"] }],
  ["오후 3시 30분 미팅", { contents: "미팅", dueOn: "2026-12-06", dueTime: "15:30", parts: ["time:오후 3시 30분"] }],
  ["오전 9시 운동", { contents: "운동", dueOn: "2026-12-07", dueTime: "09:00", parts: ["time:오전 9시"] }],
  ["3시 반 회의", { contents: "회의", dueOn: "2026-12-06", dueTime: "15:30", parts: ["time:3시 반"] }],
  ["3시에 회의", { contents: "회의", dueOn: "2026-12-06", dueTime: "15:00", parts: ["time:3시에"] }],
  ["10시 20분 통화", { contents: "통화", dueOn: "2026-12-06", dueTime: "10:20", parts: ["time:10시 20분"] }],
  ["세 시 회의", { contents: "회의", dueOn: "2026-12-06", dueTime: "15:00", parts: ["time:세 시"] }],
  ["저녁 7시 약속", { contents: "약속", dueOn: "2026-12-06", dueTime: "19:00", parts: ["time:저녁 7시"] }],
  ["아침 8시 조깅", { contents: "조깅", dueOn: "2026-12-07", dueTime: "08:00", parts: ["time:아침 8시"] }],
  ["밤 11시 정산", { contents: "정산", dueOn: "2026-12-06", dueTime: "23:00", parts: ["time:밤 11시"] }],
  ["새벽 2시 배포", { contents: "배포", dueOn: "2026-12-07", dueTime: "02:00", parts: ["time:새벽 2시"] }],
  ["정오 점심 약속", { contents: "점심 약속", dueOn: "2026-12-06", dueTime: "12:00", parts: ["time:정오"] }],
  ["자정 마감", { contents: "마감", dueOn: "2026-12-07", dueTime: "00:00", parts: ["time:자정"] }],
  ["2시간 후 오븐 확인", { contents: "오븐 확인", dueOn: "2026-12-06", dueTime: "12:00", parts: ["time:2시간 후"] }],

  // Dates with times, and English mixed in.
  ["내일 3pm 전화", { contents: "전화", dueOn: "2026-12-07", dueTime: "15:00", parts: ["date:내일", "time:3pm"] }],
  ["내일 15:30 회의", { contents: "회의", dueOn: "2026-12-07", dueTime: "15:30", parts: ["date:내일", "time:15:30"] }],
  ["내일오후3시 회의", { contents: "회의", dueOn: "2026-12-07", dueTime: "15:00", parts: ["date:내일", "time:오후3시"] }],
  ["금요일 오후 2시 면접", { contents: "면접", dueOn: "2026-12-11", dueTime: "14:00", parts: ["date:금요일", "time:오후 2시"] }],
  ["12월 24일 저녁 7시 파티", { contents: "파티", dueOn: "2026-12-24", dueTime: "19:00", parts: ["date:12월 24일", "time:저녁 7시"] }],
  ["다음 주 월요일 오전 10시 주간회의 #업무", { contents: "주간회의", dueOn: "2026-12-14", dueTime: "10:00", project: "업무", parts: ["date:다음 주 월요일", "time:오전 10시", "project:#업무"] }],
  ["내일 보고서 제출 오후 3시", { contents: "보고서 제출", dueOn: "2026-12-07", dueTime: "15:00", parts: ["date:내일", "time:오후 3시"] }],
  ["오후 3시 30분 내일 미팅", { contents: "미팅", dueOn: "2026-12-07", dueTime: "15:30", parts: ["time:오후 3시 30분", "date:내일"] }],
  ["tomorrow 회의 준비", { contents: "회의 준비", dueOn: "2026-12-07", parts: ["date:tomorrow"] }],
];

describe("parseQuickAdd: Korean, Sunday 2026-12-06 10:00 in Seoul", () => {
  it.each(korean)("%s", (text, expected) => {
    expectRow(text, expected, { locale: "ko" });
  });
});
