import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { uniqueUsername } from "./helpers";

// The app in Korean, chosen by the browser (Accept-Language: ko-KR), and the
// language as an account setting that outlives log-out. Screenshots of the
// Korean pages go to test-results/screens/ko-*.png, to look at.

test.use({ locale: "ko-KR" });

const PASSWORD = "a fine password";

async function signUpInKorean(page: Page, username: string) {
  await page.goto("/signup");
  await page.getByLabel("사용자 이름").fill(username);
  await page.getByLabel("이메일").fill(`${username}@example.com`);
  await page.getByLabel("비밀번호", { exact: true }).fill(PASSWORD);
  await page.getByLabel("비밀번호 확인").fill(PASSWORD);
  await page.getByRole("button", { name: "계정 만들기" }).click();
}

test("a Korean browser gets Korean pages, messages and calendar; English chosen in Settings stays after log-out and log-in", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Before log-in: Accept-Language decides.
  await page.goto("/signup");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { name: "계정 만들기" })).toBeVisible();

  // The form's own check, in Korean.
  await page.getByRole("button", { name: "계정 만들기" }).click();
  await expect(page.getByText("3자 이상 입력해 주세요.")).toBeVisible();
  await expect(page.getByText("올바른 이메일 주소를 입력해 주세요.")).toBeVisible();
  await expect(page.getByText("8자 이상 입력해 주세요.")).toBeVisible();

  // The server's refusal (a taken username), in Korean.
  const taken = uniqueUsername("ko");
  await signUpInKorean(page, taken);
  await expect(page).toHaveURL(/\/calendar/);
  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signUpInKorean(page, taken);
  await expect(page.getByText("이미 사용 중인 사용자 이름입니다.")).toBeVisible();

  // A new account: the pages are in Korean.
  const username = uniqueUsername("ko");
  await signUpInKorean(page, username);
  await expect(page).toHaveURL(/\/calendar/);
  await expect(page.getByRole("heading", { name: "캘린더", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "주 메뉴" }).getByRole("link", { name: "할 일" })).toBeVisible();

  // The calendar's header: "2026년 12월 …" above, Korean weekdays in FullCalendar, weeks from Sunday.
  await expect(page.getByTestId("calendar-title")).toHaveText(/^\d{4}년 \d{1,2}월 \d{1,2}일 – /);
  await expect(page.locator(".fc-col-header-cell").first()).toContainText("일");
  await expect(page.getByRole("link", { name: "오늘" })).toBeVisible();

  // A schedule, made in Korean.
  await page.getByRole("button", { name: "새 일정" }).click();
  const dialog = page.getByTestId("schedule-dialog");
  await expect(dialog.getByRole("heading", { name: "새 일정" })).toBeVisible();
  await dialog.getByLabel("제목").fill("");
  await dialog.getByRole("button", { name: "일정 추가" }).click();
  await expect(dialog.getByText("일정 제목을 입력해 주세요.")).toBeVisible();
  await dialog.getByLabel("제목").fill("팀 회의");
  await dialog.getByRole("button", { name: "일정 추가" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("calendar").getByText("팀 회의")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/ko-calendar-week.png", fullPage: true });

  await page.getByTestId("calendar-views").getByRole("link", { name: "월" }).click();
  await expect(page.getByTestId("calendar-title")).toHaveText(/^\d{4}년 \d{1,2}월$/);
  await expect(page.locator(".fc-col-header-cell").first()).toHaveText("일");
  await page.screenshot({ path: "test-results/screens/ko-calendar-month.png", fullPage: true });

  await page.goto("/todos");
  await expect(page.getByRole("heading", { name: "할 일이 없습니다" })).toBeVisible();
  await page.getByLabel("새 할 일").fill("장보기");
  await page.getByLabel("새 할 일").press("Enter");
  await expect(page.getByRole("checkbox", { name: "“장보기” 완료로 표시" })).toBeEnabled();
  await page.screenshot({ path: "test-results/screens/ko-todos.png", fullPage: true });

  // Settings → Language → English.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "설정", level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/ko-settings.png", fullPage: true });
  await page.getByTestId("account-language").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // Log out, forget this browser's cookies (the language one too), log in: the account keeps English.
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await context.clearCookies();
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "다시 오신 것을 환영합니다" })).toBeVisible();
  await page.getByLabel("사용자 이름 또는 이메일").fill(username);
  await page.getByLabel("비밀번호").fill(PASSWORD);
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page).toHaveURL(/\/calendar/);
  await expect(page.getByRole("heading", { name: "Calendar", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the switch on the log-in page sets the language before log-in", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "다시 오신 것을 환영합니다" })).toBeVisible();
  await page.getByTestId("language-switch").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
});
