import { join } from "node:path";

/** The environment variables that place per-user data; cli.tsx reads them. */
export type DataDirectoryEnvironment = {
	readonly XDG_DATA_HOME?: string | undefined;
	readonly LOCALAPPDATA?: string | undefined;
};

/** Where this program keeps what it must find again (the host key), following each system's convention. */
export function dataDirectory(platform: NodeJS.Platform, environment: DataDirectoryEnvironment, home: string): string {
	const base =
		platform === "win32"
			? environment.LOCALAPPDATA || join(home, "AppData", "Local")
			: platform === "darwin"
				? join(home, "Library", "Application Support")
				: // The XDG spec ignores a relative XDG_DATA_HOME.
					environment.XDG_DATA_HOME?.startsWith("/")
					? environment.XDG_DATA_HOME
					: join(home, ".local", "share");
	return join(base, "jvizcaino-resume");
}
