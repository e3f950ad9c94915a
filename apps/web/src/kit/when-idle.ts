/**
 * Runs `task` once the browser has nothing better to do (requestIdleCallback,
 * within `timeout` ms at the latest; Safari has no such callback: a timer
 * there). Returns the cancel.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, Math.min(timeout, 1000));
  return () => window.clearTimeout(handle);
}
