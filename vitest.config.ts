import { defineConfig } from "vitest/config";

export default defineConfig({
	// The bundle imports content/resume.md as text (esbuild's text loader); tests do the same.
	plugins: [
		{
			name: "markdown-as-text",
			transform(code, id) {
				return id.endsWith(".md") ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
			},
		},
	],
	test: {
		include: ["test/**/*.test.{ts,tsx}"],
		globalSetup: ["test/global-setup.ts"],
		testTimeout: 20_000,
	},
});
