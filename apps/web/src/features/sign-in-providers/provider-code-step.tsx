"use client";

import dynamic from "next/dynamic";

/**
 * The log-in page's second step after a provider (?step=code), in a chunk of
 * its own: most log-ins never reach it, so the page does not carry its form.
 * Still rendered on the server; its chunk loads only with this step.
 */
export const ProviderCodeStep = dynamic(() => import("./provider-code-form").then((module) => module.ProviderCodeForm));
