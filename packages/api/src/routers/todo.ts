import {
  createLabelInput,
  createProjectInput,
  createTodoInput,
  deleteProjectInput,
  deleteTodoInput,
  labelIdInput,
  listTodosInput,
  moveProjectInput,
  moveTodoInput,
  restoreTodoInput,
  todoIdInput,
  todoRangeInput,
  updateLabelInput,
  updateProjectInput,
  updateTodoInput,
} from "@planner/domain";
import { z } from "zod";
import {
  deletedProjectOutput,
  labelOutput,
  projectOutput,
  todoItemOutput,
  todoPageOutput,
  todoRangeOutput,
  todoViewCountsOutput,
} from "../outputs/todo";
import { createLabel, createProject, deleteLabel, deleteProject, listLabels, listProjects, moveProject, updateLabel, updateProject } from "../services/project-service";
import { createTodo, deleteTodo, moveTodo, restoreTodo, toggleTodo, updateTodo } from "../services/todo-service";
import { listOwnTodos, todosInRange, todoViewCounts } from "../services/todo-view-service";
import { authedProcedure } from "../trpc";

const tags = ["todos"];
const projectTags = ["projects"];
const labelTags = ["labels"];

/** The caller's own projects (the Inbox is not one: todos with no project are in it). */
const projectRouter = {
  list: authedProcedure
    .meta({ openapi: { method: "GET", path: "/projects", tags: projectTags, summary: "Own projects, in sidebar order" } })
    .output(z.array(projectOutput))
    .query(({ ctx }) => listProjects(ctx.db, ctx.actor)),
  create: authedProcedure
    .meta({ openapi: { method: "POST", path: "/projects", tags: projectTags, summary: "Add a project", description: "Last in the sidebar. Names are unique per account whatever their case." } })
    .input(createProjectInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => createProject(ctx.db, ctx.actor, input)),
  update: authedProcedure
    .meta({ openapi: { method: "PATCH", path: "/projects/{id}", tags: projectTags, summary: "Rename or recolour a project" } })
    .input(updateProjectInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => updateProject(ctx.db, ctx.actor, input)),
  move: authedProcedure
    .meta({ openapi: { method: "POST", path: "/projects/{id}/move", tags: projectTags, summary: "Put a project elsewhere in the sidebar", description: "Right after afterId (null: first), or right before beforeId (null: last)." } })
    .input(moveProjectInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => moveProject(ctx.db, ctx.actor, input)),
  delete: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/projects/{id}", tags: projectTags, summary: "Delete a project", description: "todos=move puts its todos in the Inbox; todos=delete deletes them (and their subtasks)." } })
    .input(deleteProjectInput)
    .output(deletedProjectOutput)
    .mutation(({ ctx, input }) => deleteProject(ctx.db, ctx.actor, input)),
};

/** The caller's own labels, by name. */
const labelRouter = {
  list: authedProcedure
    .meta({ openapi: { method: "GET", path: "/labels", tags: labelTags, summary: "Own labels, by name" } })
    .output(z.array(labelOutput))
    .query(({ ctx }) => listLabels(ctx.db, ctx.actor)),
  create: authedProcedure
    .meta({ openapi: { method: "POST", path: "/labels", tags: labelTags, summary: "Add a label", description: "Names are unique per account whatever their case." } })
    .input(createLabelInput)
    .output(labelOutput)
    .mutation(({ ctx, input }) => createLabel(ctx.db, ctx.actor, input)),
  update: authedProcedure
    .meta({ openapi: { method: "PATCH", path: "/labels/{id}", tags: labelTags, summary: "Rename or recolour a label" } })
    .input(updateLabelInput)
    .output(labelOutput)
    .mutation(({ ctx, input }) => updateLabel(ctx.db, ctx.actor, input)),
  delete: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/labels/{id}", tags: labelTags, summary: "Delete a label", description: "Its todos lose it. Returns the deleted label." } })
    .input(labelIdInput)
    .output(labelOutput)
    .mutation(({ ctx, input }) => deleteLabel(ctx.db, ctx.actor, input)),
};

/** The caller's own todo list. Subscribers may read (it is empty) but not write. */
export const todoRouter = {
  list: authedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/todos",
        tags,
        summary: "Own todos in a view, a page at a time",
        description:
          "view: all (default), today (due today or overdue), upcoming (the next 14 days), inbox, project (projectId), label (labelId); filter: all, open or done. " +
          "Sorted by due date (none last; a date alone before timed ones that day), priority, then the manual order. all/inbox/project list top-level todos with their subtasks; the others list every matching todo. counts are for the whole view.",
      },
    })
    .input(listTodosInput)
    .output(todoPageOutput)
    .query(({ ctx, input }) => listOwnTodos(ctx.db, ctx.actor, input, ctx.now())),
  viewCounts: authedProcedure
    .meta({ openapi: { method: "GET", path: "/todos/counts", tags, summary: "Open todos per view, project and label" } })
    .output(todoViewCountsOutput)
    .query(({ ctx }) => todoViewCounts(ctx.db, ctx.actor, ctx.now())),
  range: authedProcedure
    .meta({ openapi: { method: "GET", path: "/todos/range", tags, summary: "Own todos due in a window (the calendar)", description: "Due on the dates [from, to) covers in the owner's zone, plus open overdue ones when the window holds today; at most 1000 (more says there were others)." } })
    .input(todoRangeInput)
    .output(todoRangeOutput)
    .query(({ ctx, input }) => todosInRange(ctx.db, ctx.actor, input, ctx.now())),
  create: authedProcedure
    .meta({ openapi: { method: "POST", path: "/todos", tags, summary: "Add a todo", description: "First in the manual order. dueTime (HH:mm, needs dueOn) is read in the owner's time zone; parentId makes it a subtask (one level)." } })
    .input(createTodoInput)
    .output(todoItemOutput)
    .mutation(({ ctx, input }) => createTodo(ctx.db, ctx.actor, input, ctx.now())),
  update: authedProcedure
    .meta({ openapi: { method: "PATCH", path: "/todos/{id}", tags, summary: "Change a todo", description: "Only the fields given change; null clears dueOn (and the time), dueTime, projectId (the Inbox) or parentId (top-level). labelIds replaces its labels." } })
    .input(updateTodoInput)
    .output(todoItemOutput)
    .mutation(({ ctx, input }) => updateTodo(ctx.db, ctx.actor, input, ctx.now())),
  move: authedProcedure
    .meta({ openapi: { method: "POST", path: "/todos/{id}/move", tags, summary: "Put a todo elsewhere in the manual order", description: "Right after afterId (null: first of all), or right before beforeId (null: last of all)." } })
    .input(moveTodoInput)
    .output(todoItemOutput)
    .mutation(({ ctx, input }) => moveTodo(ctx.db, ctx.actor, input, ctx.now())),
  toggle: authedProcedure
    .meta({ openapi: { method: "POST", path: "/todos/{id}/toggle", tags, summary: "Tick a todo done, or open it again" } })
    .input(todoIdInput)
    .output(todoItemOutput)
    .mutation(({ ctx, input }) => toggleTodo(ctx.db, ctx.actor, input, ctx.now())),
  delete: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/todos/{id}", tags, summary: "Delete a todo", description: "subtasks=delete (default) deletes its subtasks too; subtasks=keep makes them top-level todos. Returns the deleted todo (with the subtasks deleted with it)." } })
    .input(deleteTodoInput)
    .output(todoItemOutput)
    .mutation(({ ctx, input }) => deleteTodo(ctx.db, ctx.actor, input, ctx.now())),
  restore: authedProcedure
    .meta({ internal: "The todo page's undo: re-inserts a just-deleted todo with its id, fields, labels, place and deleted subtasks. Programs create a todo instead." })
    .input(restoreTodoInput)
    .output(todoItemOutput)
    .mutation(({ ctx, input }) => restoreTodo(ctx.db, ctx.actor, input, ctx.now())),
  project: projectRouter,
  label: labelRouter,
};
