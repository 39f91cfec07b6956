import type { Plugin } from "esbuild";

/** Bounds Ink's measure-text and wrap-text caches (see ink-text-caches.mjs). */
export declare const inkTextCachesBounded: Plugin;
