import { z } from "zod";
import { idOutput, instantOutput, nextCursorOutput } from "./shared";

const todoFields = {
  id: idOutput,
  contents: z.string().meta({ example: "Buy milk" }),
  done: z.boolean(),
  createdAt: instantOutput,
  updatedAt: instantOutput,
};

export const todoOutput = z.object(todoFields).meta({ id: "Todo" });

export const todoPageOutput = z.object({
  items: z.array(todoOutput),
  nextCursor: nextCursorOutput,
  counts: z.object({ all: z.number().int(), open: z.number().int(), done: z.number().int() }),
});

export const todoWithOwnerOutput = z.object({ ...todoFields, owner: z.object({ id: idOutput, username: z.string() }) }).meta({ id: "TodoWithOwner" });
