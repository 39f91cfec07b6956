import { describe, expect, it } from "vitest";
import { parseServeFlags } from "../../source/serve/serve-flags.js";

describe("serve's flags", () => {
	it("with none, listen on 127.0.0.1:2222 with the documented limits", async () => {
		const parsed = await parseServeFlags([]);

		expect(parsed).toMatchObject({
			ok: true,
			options: {
				host: "127.0.0.1",
				port: 2222,
				hostKeyPath: undefined,
				limits: {
					maxSessions: 64,
					maxSessionsPerAddress: 8,
					idleTimeoutMs: 600_000,
					maxSessionMs: 3_600_000,
					handshakeTimeoutMs: 5_000,
					maxColumns: 400,
					maxRows: 150,
				},
			},
		});
	});

	it("durations take ms, s, m and h, and a bare number is seconds", async () => {
		const parsed = await parseServeFlags([
			"--idle-timeout",
			"90",
			"--max-session-time",
			"1.5h",
			"--handshake-timeout",
			"500ms",
		]);

		expect(parsed.ok && parsed.options.limits).toMatchObject({
			idleTimeoutMs: 90_000,
			maxSessionMs: 5_400_000,
			handshakeTimeoutMs: 500,
		});
	});

	it("every value is read: host, port, key, size, workers", async () => {
		const parsed = await parseServeFlags([
			"--host",
			"::",
			"--port",
			"0",
			"--host-key",
			"/tmp/k",
			"--max-size",
			"200x60",
			"--workers",
			"3",
		]);

		expect(parsed.ok && parsed.options).toMatchObject({
			host: "::",
			port: 0,
			hostKeyPath: "/tmp/k",
			workers: 3,
			limits: { maxColumns: 200, maxRows: 60 },
		});
	});

	it.each([
		[["--port=-1"], /--port must be a whole number/],
		[["--port", "2222x"], /--port must be a whole number/],
		[["--max-sessions", "0"], /--max-sessions must be a whole number from 1/],
		[["--idle-timeout", "0"], /--idle-timeout must be a duration/],
		[["--idle-timeout", "30d"], /--idle-timeout must be a duration/],
		[["--max-session-time", "999999h"], /--max-session-time must be a duration/],
		[["--max-size", "10x2"], /--max-size must be COLUMNSxROWS, at least 20x5/],
		[["--host", ""], /--host needs an address/],
		[["--host-key", ""], /--host-key needs a path/],
		[["--port"], /^--port needs a port number \(see serve --help\)$/],
		[["--nope"], /unknown option --nope/],
		[["--workers", "2", "--workers", "3"], /^The flag --workers can only be set once \(see serve --help\)$/],
		[["extra"], /unexpected argument "extra"/],
	])("%j is refused with one line saying what is wrong", async (args, message) => {
		const parsed = await parseServeFlags(args);

		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.error).toMatch(message);
			expect(parsed.error).not.toContain("\n");
		}
	});
});
