import { useCallback, useState } from "react";

/** One scroll offset per tab, so each tab keeps its place. Offsets are clamped where they are read. */
export function useScrollOffsets(): [readonly number[], (tab: number, update: (offset: number) => number) => void] {
	const [offsets, setOffsets] = useState<readonly number[]>([]);
	const setOffset = useCallback((tab: number, update: (offset: number) => number) => {
		setOffsets((current) => {
			const next = [...current];
			next[tab] = update(current[tab] ?? 0);
			return next;
		});
	}, []);
	return [offsets, setOffset];
}
