// What the schedule handlers (events.ts) check input with before they send it:
// the server's own schemas, and the form's. They come with zod (~30 kB gzipped
// in all), which drawing the calendar does not need: events.ts loads this
// module on first use (loadScheduleSchemas), and the calendar loads it once
// it has drawn, with the schedule dialog, so a first drag does not wait for it.
export {
  deleteScheduleInput,
  restoreScheduleInput,
  setScheduleStatusInput,
  todoIdInput,
  updateScheduleInput,
  updateTimeZoneInput,
  updateTodoInput,
} from "@planner/domain";
export { scheduleValuesSchema } from "./schedule-form-schema";
