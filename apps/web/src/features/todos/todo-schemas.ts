// What the todo handlers (events.ts, organizer-events.ts) check input with
// before they send it: the server's own schemas. They come with zod, which
// showing the todos does not need: the handlers load this module on first use
// (todoSchemas), and the todos screen loads it once it has drawn.
export {
  createLabelInput,
  createProjectInput,
  createTodoInput,
  deleteProjectInput,
  deleteTodoInput,
  labelIdInput,
  moveTodoInput,
  restoreTodoInput,
  todoIdInput,
  updateLabelInput,
  updateProjectInput,
  updateTodoInput,
} from "@planner/domain";
