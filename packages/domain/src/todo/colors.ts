import { z } from "zod";
import { TODO_COLORS } from "./color-values";

export * from "./color-values";

export const todoColorSchema = z.enum(TODO_COLORS, { error: `Choose one of the colours: ${TODO_COLORS.join(", ")}.` });
