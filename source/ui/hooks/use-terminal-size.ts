import { useStdout } from "ink";
import { useEffect, useState } from "react";

export type TerminalSize = { readonly columns: number; readonly rows: number };

// ink-testing-library's stdout has 100 columns and no rows; a real terminal has both.
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

/** The terminal's size, updated the moment it is resized. */
export function useTerminalSize(): TerminalSize {
	const { stdout } = useStdout();
	const read = (): TerminalSize => ({
		columns: stdout.columns || FALLBACK.columns,
		rows: stdout.rows || FALLBACK.rows,
	});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => setSize(read());
		stdout.on("resize", onResize);
		return () => {
			stdout.off("resize", onResize);
		};
	});
	return size;
}
