import type { SignInProvider } from "@planner/domain";

/**
 * The services' button colours from their brand guides: Kakao's yellow with
 * black text, GitHub's near-black, Google's white with a border (and the
 * generic provider in the app's own neutral style). Naver's green is darkened
 * (#03C75A → #02863D) so its white text has WCAG AA contrast (2.3:1 → 4.7:1).
 * White is written #fff: the dark theme turns the `white` of the scale dark.
 */
export const PROVIDER_BUTTON_CLASSES: Record<SignInProvider, string> = {
  google: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  github: "border border-transparent bg-[#24292f] text-[#fff] hover:bg-[#32383f] dark:border-slate-300",
  kakao: "border border-transparent bg-[#FEE500] text-black/85 hover:bg-[#f5dc00]",
  naver: "border border-transparent bg-[#02863D] text-[#fff] hover:bg-[#027A37]",
  oidc: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
};
